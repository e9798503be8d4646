using OneStop.Application.Common.Interfaces;

namespace OneStop.Infrastructure.Data;

public sealed class TransactionRunner(ApplicationDbContext db) : ITransactionRunner
{
    public async Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work(cancellationToken);
        }
        return await db.InTransactionAsync(async transaction =>
        {
            var result = await work(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }, cancellationToken);
    }
}

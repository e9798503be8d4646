namespace OneStop.Application.Common.Interfaces;

/// <summary>Runs work in one database transaction, joining the one already open (e.g. an idempotent command's).</summary>
public interface ITransactionRunner
{
    Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken);
}

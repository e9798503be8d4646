using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OneStop.Application.Common.Files;
using OneStop.Infrastructure.Data;

namespace OneStop.Infrastructure.Files;

/// <summary>
/// Deletes stored files that no dossier document references, once they are an hour old: what a crash between
/// storing a file and saving its row leaves behind (ADR-009). Such files were never reachable.
/// </summary>
public sealed class UnreferencedFileSweeper(IServiceScopeFactory scopes, IFileStorage files, TimeProvider clock, ILogger<UnreferencedFileSweeper> logger)
    : BackgroundService
{
    public static readonly TimeSpan Grace = TimeSpan.FromHours(1);

    /// <summary>One pass; returns how many files were deleted.</summary>
    public async Task<int> SweepOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var deleted = 0;
        await foreach (var key in files.ListStoredBeforeAsync(clock.GetUtcNow() - Grace, cancellationToken))
        {
            // Checked file by file at deletion time, so a row saved meanwhile keeps its file.
            if (!await db.Dossiers.SelectMany(d => d.Documents).AnyAsync(d => d.StorageKey == key, cancellationToken) &&
                !await db.Feedbacks.SelectMany(f => f.Attachments).AnyAsync(a => a.StorageKey == key, cancellationToken))
            {
                await files.DeleteAsync(key, cancellationToken);
                deleted++;
            }
        }
        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Grace, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var deleted = await SweepOnceAsync(stoppingToken);
                if (deleted > 0)
                {
                    logger.LogInformation("Deleted {Count} stored files no dossier references", deleted);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The sweep of unreferenced files failed; it runs again in an hour");
            }
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OneStop.Application.Common.Interfaces;
using OneStop.Domain.Dossiers;
using OneStop.Infrastructure.Data;

namespace OneStop.Infrastructure.Dossiers;

/// <summary>
/// Numbers submitted dossiers still without a code: what a request leaves when it stops between its submission's
/// commit and the numbering that follows (ADR-008). Runs when the API starts and every <see cref="Interval"/>; a
/// retry of that request with its idempotency key numbers the dossier at once and completes its recorded answer.
/// </summary>
public sealed class UnnumberedDossierSweeper(IServiceScopeFactory scopes, TimeProvider clock, ILogger<UnnumberedDossierSweeper> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    /// <summary>One pass; returns how many dossiers got their code.</summary>
    public async Task<int> SweepOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var codes = scope.ServiceProvider.GetRequiredService<IDossierCodeGenerator>();
        var unnumbered = await db.Dossiers.Where(d => d.Code == null && d.Status != DossierStatus.Draft).Select(d => d.Id).ToListAsync(cancellationToken);
        foreach (var id in unnumbered)
        {
            var numbered = await codes.NumberAsync(id, null, cancellationToken);
            logger.LogWarning("Dossier {DossierId} was left without a code after its submission; numbered {Code}", id, numbered.Code);
        }
        return unnumbered.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await SweepOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The sweep of dossiers without a code failed; it runs again in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

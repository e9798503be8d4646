using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Dossiers.Queries.GetDossierById;
using OneStop.Domain.Calendar;
using OneStop.Domain.Dossiers;

namespace OneStop.Application.Dossiers.Common;

/// <summary>What a dossier verb needs besides its own arguments.</summary>
public sealed record DossierContext(DossierActor Actor, DateTimeOffset Now, IWorkingCalendar Calendar);

/// <summary>
/// The shape every dossier action shares: load the dossier the caller may see at the version they saw, run
/// the domain verb, save, and answer with the new state. When someone else changed it first, the caller
/// gets a conflict carrying the current state instead.
/// </summary>
public sealed class DossierCommandRunner(IApplicationDbContext db, DossierAccess access, DossierReader reader,
    IWorkingCalendarSource calendars, TimeProvider clock)
{
    public Task<DossierDetailDto> RunAsync(IDossierTransitionCommand command, Action<Dossier, DossierContext> act, CancellationToken cancellationToken) =>
        RunAsync(command, (dossier, context, _) =>
        {
            act(dossier, context);
            return Task.CompletedTask;
        }, cancellationToken);

    public async Task<DossierDetailDto> RunAsync(IDossierTransitionCommand command, Func<Dossier, DossierContext, CancellationToken, Task> act,
        CancellationToken cancellationToken)
    {
        var dossier = await access.LoadAsync(command.Id, cancellationToken);
        if (dossier.Version != command.Version)
        {
            // The caller acted on a state that has changed since: answer with the one just loaded.
            throw new DossierConflictException(await reader.ReadAsync(dossier, cancellationToken));
        }
        var context = new DossierContext(access.Actor, clock.GetUtcNow(), await calendars.GetAsync(cancellationToken));
        await act(dossier, context, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.DiscardChanges();
            throw await ConflictAsync(command.Id, cancellationToken);
        }
        return await reader.ReadAsync(dossier, cancellationToken);
    }

    private async Task<DossierConflictException> ConflictAsync(Guid id, CancellationToken cancellationToken) =>
        new(await reader.ReadAsync(await access.LoadAsync(id, cancellationToken), cancellationToken));
}

/// <summary>Someone else acted on the dossier first; <see cref="Current"/> is its state now (the API answers 409).</summary>
public sealed class DossierConflictException(DossierDetailDto current)
    : Exception($"The dossier was changed by someone else (it is now {current.Status}); reload it and try again.")
{
    public DossierDetailDto Current { get; } = current;
}

using OneStop.Domain.Common;

namespace OneStop.Domain.Dossiers;

/// <summary>
/// One line of the dossier's append-only history: who did what, when, from which status to which, and, for
/// hand-offs, from which holder to which with the step's due instant (the control slip, Form 06).
/// </summary>
public sealed class DossierHistoryEntry : Entity
{
    private List<Guid> _documentIds = [];

    public Guid DossierId { get; private set; }
    public int Sequence { get; private set; }
    public DossierAction Action { get; private set; }
    public DossierStatus FromStatus { get; private set; }
    public DossierStatus ToStatus { get; private set; }
    public Guid ActorId { get; private set; }
    public string ActorName { get; private set; } = null!;
    public DateTimeOffset At { get; private set; }
    public string? Note { get; private set; }
    public Guid? FromAgencyId { get; private set; }
    public Guid? ToAgencyId { get; private set; }
    public Guid? ToOfficerId { get; private set; }
    public string? StepName { get; private set; }
    public DateTimeOffset? StepDueAt { get; private set; }
    public IReadOnlyList<Guid> DocumentIds => _documentIds;

    private DossierHistoryEntry() { }

    internal DossierHistoryEntry(Guid dossierId, int sequence, DossierAction action, DossierStatus from, DossierStatus to,
        DossierActor actor, DateTimeOffset at, string? note, IEnumerable<Guid> documentIds, HandOff? handOff)
    {
        DossierId = dossierId;
        Sequence = sequence;
        Action = action;
        FromStatus = from;
        ToStatus = to;
        ActorId = actor.UserId;
        ActorName = actor.Name;
        At = at;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        _documentIds = documentIds.ToList();
        FromAgencyId = handOff?.FromAgencyId;
        ToAgencyId = handOff?.ToAgencyId;
        ToOfficerId = handOff?.ToOfficerId;
        StepName = handOff?.StepName;
        StepDueAt = handOff?.StepDueAt;
    }

    /// <summary>Hand-offs are the lines of the control slip (Form 06).</summary>
    public bool IsHandOff => ToAgencyId is not null;
}

/// <summary>Where the dossier goes on a hand-off and by when the receiving step is due.</summary>
public sealed record HandOff(Guid FromAgencyId, Guid ToAgencyId, Guid? ToOfficerId, string StepName, DateTimeOffset? StepDueAt);

using OneStop.Domain.Common;

namespace OneStop.Domain.Dossiers;

/// <summary>
/// An inter-agency transfer (liên thông): part of the work done by another agency, with its own status and
/// deadline. The parent dossier cannot get its result while a sub-dossier is still open.
/// </summary>
public sealed class SubDossier : Entity
{
    public Guid DossierId { get; private set; }
    public Guid AgencyId { get; private set; }
    public DossierStatus Status { get; private set; }
    public string Request { get; private set; } = null!;
    public DateTimeOffset RequestedAt { get; private set; }
    public Guid RequestedBy { get; private set; }
    public DateTimeOffset DueAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public Guid? CompletedBy { get; private set; }
    public string? Answer { get; private set; }

    private SubDossier() { }

    internal SubDossier(Guid dossierId, Guid agencyId, string request, DossierActor actor, DateTimeOffset at, DateTimeOffset dueAt)
    {
        DossierId = dossierId;
        AgencyId = agencyId;
        Status = DossierStatus.Processing;
        Request = request;
        RequestedAt = at;
        RequestedBy = actor.UserId;
        DueAt = dueAt;
    }

    public bool IsOpen => Status == DossierStatus.Processing;

    internal void Complete(DossierActor actor, DateTimeOffset at, string answer)
    {
        Status = DossierStatus.Processed;
        CompletedAt = at;
        CompletedBy = actor.UserId;
        Answer = answer;
    }
}

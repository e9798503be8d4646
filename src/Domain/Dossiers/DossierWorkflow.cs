namespace OneStop.Domain.Dossiers;

/// <summary>One allowed move: the action, the status it starts from, the status it leads to, and who may perform it.</summary>
public sealed record DossierTransition(DossierAction Action, DossierStatus From, DossierStatus To, DossierRole Roles);

/// <summary>
/// The transition table of domain.md, the one place where the dossier's status rules are written.
/// Every verb of <see cref="Dossier"/> goes through it; a move missing here is forbidden.
/// </summary>
public static class DossierWorkflow
{
    private const DossierRole Applicant = DossierRole.Applicant;
    private const DossierRole Receptionist = DossierRole.Receptionist;
    private const DossierRole Processor = DossierRole.Processor;
    private const DossierRole Leader = DossierRole.Leader;
    private const DossierRole ProcessorOrLeader = DossierRole.Processor | DossierRole.Leader;

    /// <summary>Statuses before the result exists, from which the applicant may withdraw.</summary>
    private static readonly DossierStatus[] Withdrawable =
    [
        DossierStatus.Submitted, DossierStatus.Received, DossierStatus.Processing,
        DossierStatus.SupplementRequested, DossierStatus.AwaitingPayment,
    ];

    /// <summary>Statuses in which a received dossier is still open at the agency.</summary>
    private static readonly DossierStatus[] OpenAfterReception =
    [
        DossierStatus.Received, DossierStatus.Processing, DossierStatus.SupplementRequested, DossierStatus.AwaitingPayment,
    ];

    public static readonly IReadOnlyList<DossierTransition> Transitions =
    [
        new(DossierAction.Submit, DossierStatus.Draft, DossierStatus.Submitted, Applicant | Receptionist),
        new(DossierAction.Receive, DossierStatus.Submitted, DossierStatus.Received, Receptionist),
        new(DossierAction.Refuse, DossierStatus.Submitted, DossierStatus.NotAccepted, Receptionist),
        new(DossierAction.RequestSupplement, DossierStatus.Submitted, DossierStatus.SupplementRequested, Receptionist),
        new(DossierAction.RequestSupplement, DossierStatus.Processing, DossierStatus.SupplementRequested, Processor),
        new(DossierAction.ProvideSupplement, DossierStatus.SupplementRequested, DossierStatus.Submitted, Applicant | Receptionist),
        new(DossierAction.ProvideSupplement, DossierStatus.SupplementRequested, DossierStatus.Processing, Applicant | Receptionist),
        new(DossierAction.StartProcessing, DossierStatus.Received, DossierStatus.Processing, ProcessorOrLeader),
        new(DossierAction.Assign, DossierStatus.Received, DossierStatus.Processing, ProcessorOrLeader),
        new(DossierAction.Assign, DossierStatus.Processing, DossierStatus.Processing, ProcessorOrLeader),
        new(DossierAction.Forward, DossierStatus.Processing, DossierStatus.Processing, ProcessorOrLeader),
        new(DossierAction.SendBack, DossierStatus.Processing, DossierStatus.Processing, ProcessorOrLeader),
        new(DossierAction.Transfer, DossierStatus.Processing, DossierStatus.Processing, ProcessorOrLeader),
        new(DossierAction.CompleteTransfer, DossierStatus.Processing, DossierStatus.Processing, ProcessorOrLeader),
        new(DossierAction.RequestPayment, DossierStatus.Processing, DossierStatus.AwaitingPayment, Processor),
        new(DossierAction.RequestPayment, DossierStatus.Processed, DossierStatus.AwaitingPayment, Processor),
        new(DossierAction.ConfirmPayment, DossierStatus.AwaitingPayment, DossierStatus.Processing, Receptionist | DossierRole.System),
        new(DossierAction.ConfirmPayment, DossierStatus.AwaitingPayment, DossierStatus.Processed, Receptionist | DossierRole.System),
        .. OpenAfterReception.Select(from => new DossierTransition(DossierAction.IssueApology, from, from, ProcessorOrLeader)),
        new(DossierAction.Approve, DossierStatus.Processing, DossierStatus.Processed, Leader),
        .. OpenAfterReception.Select(from => new DossierTransition(DossierAction.Stop, from, DossierStatus.Stopped, Leader)),
        .. Withdrawable.Select(from => new DossierTransition(DossierAction.Withdraw, from, DossierStatus.Withdrawn, Applicant)),
        new(DossierAction.ReturnResult, DossierStatus.Processed, DossierStatus.Returned, Receptionist | DossierRole.System),
    ];

    public static DossierTransition? Find(DossierAction action, DossierStatus from, DossierStatus to) =>
        Transitions.FirstOrDefault(t => t.Action == action && t.From == from && t.To == to);

    /// <summary>Whether the action can run at all from this status (whatever target it then picks).</summary>
    public static bool Allows(DossierAction action, DossierStatus from) =>
        Transitions.Any(t => t.Action == action && t.From == from);

    /// <summary>The actions a person with these capacities could take from this status; the SPA shows only these.</summary>
    public static IEnumerable<DossierAction> ActionsFrom(DossierStatus from, DossierRole roles) =>
        Transitions.Where(t => t.From == from && (t.Roles & roles) != 0).Select(t => t.Action).Distinct();
}

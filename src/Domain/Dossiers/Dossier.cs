using OneStop.Domain.Agencies;
using OneStop.Domain.Calendar;
using OneStop.Domain.Common;
using OneStop.Domain.Dossiers.Events;
using OneStop.Domain.Dossiers.Exceptions;
using OneStop.Domain.Procedures;

namespace OneStop.Domain.Dossiers;

/// <summary>
/// One application for one procedure case (hồ sơ), from draft to returned result. Every verb goes through
/// <see cref="Move"/>, which checks the actor's capacity and the transition table and appends the history.
/// Business status, payment, delivery and national sync are separate fields (domain.md).
/// </summary>
public sealed class Dossier : AggregateRoot
{
    private List<string> _requiredDocuments = [];
    private List<DossierStep> _steps = [];
    private readonly List<DossierDocument> _documents = [];
    private readonly List<DossierHistoryEntry> _history = [];
    private readonly List<SubDossier> _subDossiers = [];

    /// <summary>
    /// <c>{receiving agency}-{yymmdd}-{sequence}</c> (<see cref="DossierCode"/>); null for a draft. The database gives a
    /// submitted dossier its code right after the submission commits, with the agency's day counter (ADR-008).
    /// </summary>
    public string? Code { get; private set; }
    public DossierStatus Status { get; private set; }
    public DossierChannel Channel { get; private set; }
    /// <summary>Concurrency token (PostgreSQL xmin): two officers acting at once, one wins.</summary>
    public uint Version { get; private set; }

    public Guid ProcedureId { get; private set; }
    public string ProcedureCode { get; private set; } = null!;
    public string ProcedureName { get; private set; } = null!;
    public int CaseIndex { get; private set; }
    public string CaseName { get; private set; } = null!;
    public int ProcessingHours { get; private set; }
    public decimal Fee { get; private set; }
    public IReadOnlyList<string> RequiredDocuments => _requiredDocuments;

    /// <summary>The one-stop counter that receives the dossier; its ID starts the dossier code.</summary>
    public Guid ReceivingAgencyId { get; private set; }
    /// <summary>The agency competent to settle it (the procedure's implementing agency chosen).</summary>
    public Guid CompetentAgencyId { get; private set; }
    public Guid HoldingAgencyId { get; private set; }
    public Guid? AssigneeId { get; private set; }
    public int CurrentStepIndex { get; private set; }
    public IReadOnlyList<DossierStep> Steps => _steps;

    /// <summary>The account that owns the dossier; null for a walk-in applicant without an account.</summary>
    public Guid? OwnerId { get; private set; }
    public Applicant Applicant { get; private set; } = null!;
    public Representative? Representative { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public Guid CreatedBy { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public DateTimeOffset? ReceivedAt { get; private set; }
    public DateTimeOffset LastActivityAt { get; private set; }

    /// <summary>When the processing time runs out; recomputed when a pause ends, never moved by an apology.</summary>
    public DateTimeOffset? DueAt { get; private set; }
    /// <summary>Working time still to run, frozen while the clock is paused.</summary>
    public TimeSpan? RemainingWhilePaused { get; private set; }
    /// <summary>The new appointment promised by an apology (Form 04); the dossier still counts against <see cref="DueAt"/>.</summary>
    public DateTimeOffset? AppointmentAt { get; private set; }
    public string? ApologyReason { get; private set; }
    public string? PendingRequest { get; private set; }

    public DateTimeOffset? ProcessedAt { get; private set; }
    public Timeliness? Timeliness { get; private set; }
    public ResultDecision? Decision { get; private set; }
    public string? DecisionNote { get; private set; }
    public Guid? ResultDocumentId { get; private set; }
    public string? ClosingReason { get; private set; }

    public PaymentStatus PaymentStatus { get; private set; }
    public decimal? AmountDue { get; private set; }
    public PaymentMethod? PaymentMethod { get; private set; }
    public DateTimeOffset? PaidAt { get; private set; }
    private DossierStatus? StatusBeforePayment { get; set; }

    public DeliveryMethod? DeliveryMethod { get; private set; }
    public DateTimeOffset? ReturnedAt { get; private set; }
    public NationalSyncStatus NationalSyncStatus { get; private set; }

    public IReadOnlyCollection<DossierDocument> Documents => _documents;
    public IReadOnlyCollection<DossierHistoryEntry> History => _history;
    public IReadOnlyCollection<SubDossier> SubDossiers => _subDossiers;

    private Dossier() { }

    /// <summary>
    /// Starts a dossier as a draft. Online drafts belong to the applicant's account; a Receptionist enters a
    /// counter or postal dossier on the applicant's behalf.
    /// </summary>
    public static Dossier Draft(Procedure procedure, int caseIndex, Agency competentAgency, DossierChannel channel,
        Applicant applicant, Representative? representative, DossierActor actor, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(caseIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(caseIndex, procedure.Cases.Count);
        var byApplicant = channel == DossierChannel.Online;
        var receivingAgencyId = competentAgency.ReceivingAgencyId;
        if (byApplicant ? !actor.Holds(DossierRole.Applicant) : !actor.Holds(DossierRole.Receptionist) || !actor.IsOfficerOf(receivingAgencyId))
        {
            throw DossierRuleException.ChannelNotAllowed(channel);
        }
        var procedureCase = procedure.Cases[caseIndex];
        var dossier = new Dossier
        {
            Status = DossierStatus.Draft,
            Channel = channel,
            ProcedureId = procedure.Id,
            ProcedureCode = procedure.Code,
            ProcedureName = procedure.Name,
            CaseIndex = caseIndex,
            CaseName = procedureCase.Name,
            ProcessingHours = procedureCase.ProcessingTime.TotalWorkingHours,
            Fee = procedureCase.TotalFee,
            _requiredDocuments = procedureCase.Documents.Select(d => d.Name).ToList(),
            ReceivingAgencyId = receivingAgencyId,
            CompetentAgencyId = competentAgency.Id,
            HoldingAgencyId = receivingAgencyId,
            OwnerId = byApplicant ? actor.UserId : null,
            Applicant = applicant,
            Representative = representative,
            CreatedAt = now,
            CreatedBy = actor.UserId,
            LastActivityAt = now,
        };
        dossier._steps = DossierProcess.For(procedure, receivingAgencyId, competentAgency.Id, dossier.ProcessingHours).ToList();
        return dossier;
    }

    public void UpdateApplicant(Applicant applicant, Representative? representative, DossierActor actor, DateTimeOffset now)
    {
        EnsureMayEditDraft(DossierAction.Submit, actor);
        Applicant = applicant;
        Representative = representative;
        LastActivityAt = now;
    }

    // ---- documents ----------------------------------------------------------------------------------------

    /// <summary>
    /// Attaches a stored file. Components go into a draft, supplements into a dossier awaiting them, and
    /// officers' attachments and results into a dossier their agency is processing.
    /// </summary>
    public DossierDocument AddDocument(FileReference file, DocumentPurpose purpose, int? requiredDocumentIndex, DossierActor actor, DateTimeOffset now)
    {
        switch (purpose)
        {
            case DocumentPurpose.Component when Status == DossierStatus.Draft:
                EnsureMayEditDraft(DossierAction.Submit, actor);
                break;
            case DocumentPurpose.Supplement when Status == DossierStatus.SupplementRequested:
                EnsureApplicantOrCounter(DossierAction.ProvideSupplement, actor);
                break;
            case DocumentPurpose.Attachment or DocumentPurpose.Result when Status is DossierStatus.Received or DossierStatus.Processing:
                EnsureCapacity(DossierAction.Forward, actor, DossierRole.Processor | DossierRole.Leader, HoldingAgencyIdsFor(actor));
                break;
            default:
                throw DossierRuleException.DocumentNotAllowed(Status, purpose);
        }
        if (requiredDocumentIndex is { } index && (index < 0 || index >= _requiredDocuments.Count))
        {
            throw new ArgumentOutOfRangeException(nameof(requiredDocumentIndex), index, "No such required document in this case.");
        }
        var document = new DossierDocument(Id, file, purpose, purpose is DocumentPurpose.Component or DocumentPurpose.Supplement ? requiredDocumentIndex : null,
            digitized: Channel != DossierChannel.Online && actor.Holds(DossierRole.Receptionist), actor.UserId, now);
        // The dossier row itself is left alone, so that files uploaded in parallel do not conflict.
        _documents.Add(document);
        return document;
    }

    /// <summary>Takes a component out of a draft; the caller deletes the stored file after the save.</summary>
    public DossierDocument RemoveDocument(Guid documentId, DossierActor actor)
    {
        EnsureMayEditDraft(DossierAction.Submit, actor);
        var document = FindDocument(documentId);
        _documents.Remove(document);
        return document;
    }

    // ---- submission and reception -------------------------------------------------------------------------

    /// <summary>Submits the draft; every required document must have a file. Its code is given once the submission commits.</summary>
    public void Submit(DossierActor actor, DateTimeOffset now)
    {
        EnsureMayEditDraft(DossierAction.Submit, actor);
        var missing = _requiredDocuments.Where((_, index) => !_documents.Any(d => d.RequiredDocumentIndex == index)).ToList();
        if (missing.Count > 0)
        {
            throw DossierRuleException.MissingDocuments(missing);
        }
        SubmittedAt = now;
        Move(DossierAction.Submit, DossierStatus.Submitted, actor, now, null);
        AddDomainEvent(new DossierSubmittedEvent(Id, ReceivingAgencyId, Channel, now));
    }

    /// <summary>Receives a complete dossier (Form 01): the clock starts and the appointment is set.</summary>
    public void Receive(DossierActor actor, DateTimeOffset now, IWorkingCalendar calendar, string? note)
    {
        EnsureOfficer(DossierAction.Receive, actor, DossierRole.Receptionist, [ReceivingAgencyId]);
        ReceivedAt = now;
        DueAt = calendar.DueAt(now, TimeSpan.FromHours(ProcessingHours));
        _steps[0].Start(now, now);
        _steps[0].Complete(now);
        var processing = StartStep(1, now, calendar);
        Move(DossierAction.Receive, DossierStatus.Received, actor, now, note,
            handOff: new HandOff(ReceivingAgencyId, processing.AgencyId, null, processing.Name, processing.DueAt));
    }

    /// <summary>Refuses to receive (Form 03) with the reasons and legal basis.</summary>
    public void Refuse(DossierActor actor, DateTimeOffset now, string reasons)
    {
        EnsureOfficer(DossierAction.Refuse, actor, DossierRole.Receptionist, [ReceivingAgencyId]);
        ClosingReason = RequireText(reasons);
        Move(DossierAction.Refuse, DossierStatus.NotAccepted, actor, now, reasons);
    }

    // ---- supplements --------------------------------------------------------------------------------------

    /// <summary>
    /// Asks the applicant for missing or corrected documents (Form 02). Before reception the clock has not
    /// started; during processing it pauses with the remaining working time frozen.
    /// </summary>
    public void RequestSupplement(DossierActor actor, DateTimeOffset now, IWorkingCalendar calendar, string request)
    {
        var receptionStage = Status == DossierStatus.Submitted;
        EnsureOfficer(DossierAction.RequestSupplement, actor,
            receptionStage ? DossierRole.Receptionist : DossierRole.Processor,
            receptionStage ? [ReceivingAgencyId] : [HoldingAgencyId]);
        PendingRequest = RequireText(request);
        PauseClock(now, calendar);
        Move(DossierAction.RequestSupplement, DossierStatus.SupplementRequested, actor, now, request);
    }

    /// <summary>The applicant (or the counter for them) hands in the supplement; a paused clock resumes.</summary>
    public void ProvideSupplement(DossierActor actor, DateTimeOffset now, IWorkingCalendar calendar, string? note)
    {
        EnsureApplicantOrCounter(DossierAction.ProvideSupplement, actor);
        var target = ReceivedAt is null ? DossierStatus.Submitted : DossierStatus.Processing;
        PendingRequest = null;
        ResumeClock(now, calendar);
        var supplied = _documents.Where(d => d.Purpose == DocumentPurpose.Supplement && d.UploadedAt > LastStatusChangeAt).Select(d => d.Id);
        Move(DossierAction.ProvideSupplement, target, actor, now, note, supplied);
    }

    // ---- processing ---------------------------------------------------------------------------------------

    /// <summary>Takes a received dossier into processing, assigned to an officer of the holding agency (default: the actor).</summary>
    public void StartProcessing(DossierActor actor, DateTimeOffset now, Guid? assigneeId, string? note)
    {
        EnsureOfficer(DossierAction.StartProcessing, actor, DossierRole.Processor | DossierRole.Leader, [HoldingAgencyId]);
        AssigneeId = assigneeId ?? actor.UserId;
        Move(DossierAction.StartProcessing, DossierStatus.Processing, actor, now, note, handOff: HandOffWithin(AssigneeId));
    }

    /// <summary>Hands the current step to another officer of the holding agency.</summary>
    public void Assign(DossierActor actor, DateTimeOffset now, Guid assigneeId, string? note)
    {
        EnsureOfficer(DossierAction.Assign, actor, DossierRole.Processor | DossierRole.Leader, [HoldingAgencyId]);
        AssigneeId = assigneeId;
        Move(DossierAction.Assign, DossierStatus.Processing, actor, now, note, handOff: HandOffWithin(assigneeId));
    }

    /// <summary>Completes the current step and hands the dossier to the next one (e.g. appraisal → approval).</summary>
    public void Forward(DossierActor actor, DateTimeOffset now, IWorkingCalendar calendar, Guid? assigneeId, string? note, IEnumerable<Guid> documentIds) =>
        Step(DossierAction.Forward, +1, actor, now, calendar, assigneeId, note, documentIds);

    /// <summary>Returns the dossier to the previous step of processing (e.g. the Leader sends it back for rework).</summary>
    public void SendBack(DossierActor actor, DateTimeOffset now, IWorkingCalendar calendar, Guid? assigneeId, string? note) =>
        Step(DossierAction.SendBack, -1, actor, now, calendar, assigneeId, note, []);

    /// <summary>Sends part of the work to another agency as a sub-dossier with its own deadline (liên thông).</summary>
    public SubDossier Transfer(DossierActor actor, DateTimeOffset now, IWorkingCalendar calendar, Guid agencyId, int workingHours, string request)
    {
        EnsureOfficer(DossierAction.Transfer, actor, DossierRole.Processor | DossierRole.Leader, [HoldingAgencyId]);
        if (agencyId == HoldingAgencyId)
        {
            throw DossierRuleException.TransferToSelf();
        }
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workingHours);
        var sub = new SubDossier(Id, agencyId, RequireText(request), actor, now, calendar.AddWorkingTime(now, TimeSpan.FromHours(workingHours)));
        _subDossiers.Add(sub);
        Move(DossierAction.Transfer, DossierStatus.Processing, actor, now, request,
            handOff: new HandOff(HoldingAgencyId, agencyId, null, "Liên thông", sub.DueAt));
        return sub;
    }

    /// <summary>The other agency finishes its part and answers; the dossier goes on at the holding agency.</summary>
    public void CompleteTransfer(Guid subDossierId, DossierActor actor, DateTimeOffset now, string answer, IEnumerable<Guid> documentIds)
    {
        EnsureStatus(DossierAction.CompleteTransfer);
        var sub = _subDossiers.FirstOrDefault(s => s.Id == subDossierId && s.IsOpen)
            ?? throw new DossierRuleException("unknown-sub-dossier", $"The dossier has no open sub-dossier {subDossierId}.");
        EnsureCapacity(DossierAction.CompleteTransfer, actor, DossierRole.Processor | DossierRole.Leader, [sub.AgencyId]);
        sub.Complete(actor, now, RequireText(answer));
        Move(DossierAction.CompleteTransfer, DossierStatus.Processing, actor, now, answer, documentIds,
            new HandOff(sub.AgencyId, HoldingAgencyId, AssigneeId, CurrentStep.Name, CurrentStep.DueAt));
    }

    // ---- payment ------------------------------------------------------------------------------------------

    /// <summary>Asks for the fee; the clock pauses until it is paid.</summary>
    public void RequestPayment(DossierActor actor, DateTimeOffset now, IWorkingCalendar calendar, decimal amount, string? note)
    {
        EnsureOfficer(DossierAction.RequestPayment, actor, DossierRole.Processor, [HoldingAgencyId]);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount);
        StatusBeforePayment = Status;
        PaymentStatus = PaymentStatus.Requested;
        AmountDue = amount;
        PauseClock(now, calendar);
        Move(DossierAction.RequestPayment, DossierStatus.AwaitingPayment, actor, now, note);
    }

    /// <summary>Records the payment (cash at the counter now, the bank's callback later) and resumes where the dossier was.</summary>
    public void ConfirmPayment(DossierActor actor, DateTimeOffset now, IWorkingCalendar calendar, PaymentMethod method, string? note)
    {
        if (!actor.Holds(DossierRole.System))
        {
            EnsureOfficer(DossierAction.ConfirmPayment, actor, DossierRole.Receptionist, [ReceivingAgencyId]);
        }
        PaymentStatus = PaymentStatus.Paid;
        PaymentMethod = method;
        PaidAt = now;
        var target = StatusBeforePayment ?? DossierStatus.Processing;
        StatusBeforePayment = null;
        ResumeClock(now, calendar);
        Move(DossierAction.ConfirmPayment, target, actor, now, note);
    }

    // ---- delay, result, closing ---------------------------------------------------------------------------

    /// <summary>Apologises before the dossier is late and promises a new appointment (Form 04); the due instant stays.</summary>
    public void IssueApology(DossierActor actor, DateTimeOffset now, DateTimeOffset newAppointment, string reason)
    {
        EnsureOfficer(DossierAction.IssueApology, actor, DossierRole.Processor | DossierRole.Leader, [HoldingAgencyId]);
        // While the clock is paused the due instant is stale; the frozen remaining time tells whether it is late.
        var late = RemainingWhilePaused is { } remaining ? remaining <= TimeSpan.Zero : DueAt is { } due && now > due;
        if (late)
        {
            throw DossierRuleException.ApologyAfterDue();
        }
        var current = AppointmentAt ?? DueAt;
        if (current is { } appointment && newAppointment <= appointment)
        {
            throw DossierRuleException.AppointmentNotLater();
        }
        AppointmentAt = newAppointment;
        ApologyReason = RequireText(reason);
        Move(DossierAction.IssueApology, Status, actor, now, reason);
        AddDomainEvent(new DossierDeadlineExtendedEvent(Id, DueAt ?? newAppointment, newAppointment, ApologyReason));
    }

    /// <summary>
    /// The Leader signs the result: approval with the electronic result document, or refusal with reasons.
    /// The dossier is Processed and its timeliness fixed against the due instant.
    /// </summary>
    public void Approve(DossierActor actor, DateTimeOffset now, IWorkingCalendar calendar, ResultDecision decision, string? note, Guid? resultDocumentId)
    {
        EnsureOfficer(DossierAction.Approve, actor, DossierRole.Leader, [HoldingAgencyId]);
        if (_subDossiers.Any(s => s.IsOpen))
        {
            throw DossierRuleException.OpenTransfers();
        }
        if (decision == ResultDecision.Approved)
        {
            var result = resultDocumentId is { } id ? FindDocument(id) : throw DossierRuleException.ResultDocumentMissing();
            if (result.Purpose != DocumentPurpose.Result)
            {
                throw DossierRuleException.ResultDocumentMissing();
            }
        }
        else
        {
            RequireText(note);
        }
        Decision = decision;
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        ResultDocumentId = decision == ResultDecision.Approved ? resultDocumentId : null;
        ProcessedAt = now;
        Timeliness = calendar.Classify(now, DueAt ?? now);
        CompleteCurrentStep(now);
        Move(DossierAction.Approve, DossierStatus.Processed, actor, now, note, resultDocumentId is { } doc ? [doc] : []);
    }

    /// <summary>The agency stops processing with the reasons (Form 05).</summary>
    public void Stop(DossierActor actor, DateTimeOffset now, string reasons)
    {
        EnsureOfficer(DossierAction.Stop, actor, DossierRole.Leader, [HoldingAgencyId]);
        ClosingReason = RequireText(reasons);
        Move(DossierAction.Stop, DossierStatus.Stopped, actor, now, reasons);
    }

    /// <summary>The applicant withdraws the dossier before it is processed.</summary>
    public void Withdraw(DossierActor actor, DateTimeOffset now, string? reason)
    {
        EnsureApplicant(DossierAction.Withdraw, actor);
        ClosingReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        Move(DossierAction.Withdraw, DossierStatus.Withdrawn, actor, now, reason);
    }

    /// <summary>Hands the result over (counter, post, or online); any fee asked for must be paid first.</summary>
    public void ReturnResult(DossierActor actor, DateTimeOffset now, DeliveryMethod method, string? note)
    {
        if (!actor.Holds(DossierRole.System))
        {
            EnsureOfficer(DossierAction.ReturnResult, actor, DossierRole.Receptionist, [ReceivingAgencyId]);
        }
        if (PaymentStatus == PaymentStatus.Requested)
        {
            throw DossierRuleException.FeeUnpaid();
        }
        DeliveryMethod = method;
        ReturnedAt = now;
        if (_steps.Count > 0)
        {
            _steps[^1].Start(now, now);
            _steps[^1].Complete(now);
            CurrentStepIndex = _steps.Count - 1;
        }
        Move(DossierAction.ReturnResult, DossierStatus.Returned, actor, now, note);
    }

    // ---- what callers may ask -----------------------------------------------------------------------------

    public DossierStep CurrentStep => _steps[CurrentStepIndex];

    public bool IsOwnedBy(Guid userId) => OwnerId == userId;

    /// <summary>Agencies whose officers see this dossier: the receiving, competent and holding agencies and those of its sub-dossiers.</summary>
    public IEnumerable<Guid> AgenciesInvolved() =>
        new[] { ReceivingAgencyId, CompetentAgencyId, HoldingAgencyId }.Concat(_subDossiers.Select(s => s.AgencyId)).Distinct();

    /// <summary>The actions this actor could take now, for the SPA to show only those.</summary>
    public IEnumerable<DossierAction> AvailableActions(DossierActor actor)
    {
        var capacities = CapacitiesOf(actor);
        return DossierWorkflow.ActionsFrom(Status, capacities)
            .Where(action => action != DossierAction.CompleteTransfer || _subDossiers.Any(s => s.IsOpen && actor.IsOfficerOf(s.AgencyId)))
            .Where(action => action != DossierAction.Submit || Status == DossierStatus.Draft);
    }

    // ---- the funnel ---------------------------------------------------------------------------------------

    private DateTimeOffset LastStatusChangeAt => _history.Count == 0 ? CreatedAt : _history.Max(h => h.At);

    private void Move(DossierAction action, DossierStatus to, DossierActor actor, DateTimeOffset now, string? note,
        IEnumerable<Guid>? documentIds = null, HandOff? handOff = null)
    {
        var from = Status;
        if (DossierWorkflow.Find(action, from, to) is null)
        {
            throw new InvalidDossierTransitionException(action, from, to);
        }
        _history.Add(new DossierHistoryEntry(Id, _history.Count + 1, action, from, to, actor, now, note, documentIds ?? [], handOff));
        Status = to;
        LastActivityAt = now;
        if (handOff is not null)
        {
            AddDomainEvent(new DossierHandedOffEvent(Id, handOff.FromAgencyId, handOff.ToAgencyId, handOff.ToOfficerId, now));
        }
        if (from != to)
        {
            AddDomainEvent(new DossierStatusChangedEvent(Id, Code, action, from, to, now));
        }
    }

    private void Step(DossierAction action, int direction, DossierActor actor, DateTimeOffset now, IWorkingCalendar calendar,
        Guid? assigneeId, string? note, IEnumerable<Guid> documentIds)
    {
        EnsureOfficer(action, actor, DossierRole.Processor | DossierRole.Leader, [HoldingAgencyId]);
        EnsureStatus(action);
        var target = CurrentStepIndex + direction;
        // Processing steps lie between reception (the first) and return (the last).
        if (target < 1 || target > _steps.Count - 2)
        {
            throw DossierRuleException.NoFurtherStep(direction > 0 ? "next" : "previous");
        }
        var from = HoldingAgencyId;
        CompleteCurrentStep(now);
        var step = StartStep(target, now, calendar);
        AssigneeId = assigneeId;
        Move(action, DossierStatus.Processing, actor, now, note, documentIds,
            new HandOff(from, step.AgencyId, assigneeId, step.Name, step.DueAt));
    }

    private DossierStep StartStep(int index, DateTimeOffset now, IWorkingCalendar calendar)
    {
        var step = _steps[index];
        step.Start(now, calendar.AddWorkingTime(now, TimeSpan.FromHours(step.WorkingHours)));
        CurrentStepIndex = index;
        HoldingAgencyId = step.AgencyId;
        return step;
    }

    private void CompleteCurrentStep(DateTimeOffset now) => _steps[CurrentStepIndex].Complete(now);

    private HandOff HandOffWithin(Guid? officerId) => new(HoldingAgencyId, HoldingAgencyId, officerId, CurrentStep.Name, CurrentStep.DueAt);

    private void PauseClock(DateTimeOffset now, IWorkingCalendar calendar)
    {
        if (DueAt is not { } due)
        {
            return;
        }
        // Overdue dossiers stay overdue: nothing remains to freeze.
        RemainingWhilePaused = now < due ? calendar.WorkingTimeBetween(now, due) : TimeSpan.Zero;
    }

    private void ResumeClock(DateTimeOffset now, IWorkingCalendar calendar)
    {
        if (RemainingWhilePaused is not { } remaining)
        {
            return;
        }
        if (remaining > TimeSpan.Zero)
        {
            DueAt = calendar.AddWorkingTime(now, remaining);
        }
        RemainingWhilePaused = null;
    }

    // ---- guards: capacity first (403), then the status (409) ----------------------------------------------

    private DossierRole CapacitiesOf(DossierActor actor)
    {
        var capacities = actor.Roles & ~DossierRole.Applicant;
        return OwnerId is { } owner && actor.UserId == owner && actor.Holds(DossierRole.Applicant)
            ? capacities | DossierRole.Applicant
            : capacities;
    }

    private void EnsureOfficer(DossierAction action, DossierActor actor, DossierRole roles, IEnumerable<Guid> agencies)
    {
        EnsureCapacity(action, actor, roles, agencies);
        EnsureStatus(action);
    }

    private static void EnsureCapacity(DossierAction action, DossierActor actor, DossierRole roles, IEnumerable<Guid> agencies)
    {
        if (!actor.Holds(roles))
        {
            throw new DossierActionForbiddenException(action, $"it needs the role {roles}.");
        }
        if (!agencies.Any(actor.IsOfficerOf))
        {
            throw new DossierActionForbiddenException(action, "the dossier is not held by your agency.");
        }
    }

    private void EnsureApplicant(DossierAction action, DossierActor actor)
    {
        if (!CapacitiesOf(actor).HasFlag(DossierRole.Applicant))
        {
            throw new DossierActionForbiddenException(action, "only the applicant may do this.");
        }
        EnsureStatus(action);
    }

    private void EnsureApplicantOrCounter(DossierAction action, DossierActor actor)
    {
        if (CapacitiesOf(actor).HasFlag(DossierRole.Applicant))
        {
            EnsureStatus(action);
            return;
        }
        EnsureOfficer(action, actor, DossierRole.Receptionist, [ReceivingAgencyId]);
    }

    /// <summary>Drafts are edited by their owner (online) or by the counter of the receiving agency (walk-in, postal).</summary>
    private void EnsureMayEditDraft(DossierAction action, DossierActor actor)
    {
        if (Channel == DossierChannel.Online)
        {
            EnsureApplicant(action, actor);
        }
        else
        {
            EnsureOfficer(action, actor, DossierRole.Receptionist, [ReceivingAgencyId]);
        }
    }

    private void EnsureStatus(DossierAction action)
    {
        if (!DossierWorkflow.Allows(action, Status))
        {
            throw new InvalidDossierTransitionException(action, Status, null);
        }
    }

    private IEnumerable<Guid> HoldingAgencyIdsFor(DossierActor actor) =>
        [HoldingAgencyId, .. _subDossiers.Where(s => s.IsOpen && actor.IsOfficerOf(s.AgencyId)).Select(s => s.AgencyId)];

    private DossierDocument FindDocument(Guid id) => _documents.FirstOrDefault(d => d.Id == id) ?? throw DossierRuleException.UnknownDocument(id);

    private static string RequireText(string? text) =>
        string.IsNullOrWhiteSpace(text) ? throw new DossierRuleException("reason-required", "A reason or note is required for this action.") : text.Trim();
}

using OneStop.Domain.Agencies;
using OneStop.Domain.Common;
using OneStop.Domain.Procedures.Events;
using OneStop.Domain.Procedures.Exceptions;

namespace OneStop.Domain.Procedures;

/// <summary>
/// One version of a published administrative procedure. Versions of the same code form a chain:
/// a version that has never been published is edited in place; editing one that has been published
/// creates the next version, and publishing that version supersedes the previous one, which stays
/// readable by its id.
/// </summary>
public sealed class Procedure : AggregateRoot
{
    private List<AgencyLevel> _levels = [];
    private List<Guid> _implementingAgencyIds = [];
    private List<ProcedureCase> _cases = [];
    private List<ProcessStep> _process = [];

    /// <summary>The national or local code, validated by <see cref="ProcedureCode"/>.</summary>
    public string Code { get; private set; } = null!;
    public int VersionNumber { get; private set; }
    public Guid? PreviousVersionId { get; private set; }
    /// <summary>Only the latest version of a code can be edited or published.</summary>
    public bool IsLatest { get; private set; }
    public ProcedureStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }

    public string Name { get; private set; } = null!;
    public Guid FieldId { get; private set; }
    public IReadOnlyList<AgencyLevel> Levels => _levels;
    public IReadOnlyList<Guid> ImplementingAgencyIds => _implementingAgencyIds;
    public OnlineServiceLevel OnlineLevel { get; private set; }
    public string Result { get; private set; } = null!;
    public string LegalBasis { get; private set; } = null!;
    public IReadOnlyList<ProcedureCase> Cases => _cases;
    /// <summary>The processing steps; empty when the procedure follows the default process.</summary>
    public IReadOnlyList<ProcessStep> Process => _process;

    /// <summary>Code and name folded by <see cref="VietnameseText.Fold"/>: what catalogue search matches.</summary>
    public string SearchText { get; private set; } = null!;

    /// <summary>Summary of the cases kept beside them, so a page of search results reads no case data.</summary>
    public int CaseCount { get; private set; }
    public ProcessingTime FastestProcessingTime { get; private set; } = null!;
    public decimal LowestFee { get; private set; }

    private Procedure() { }

    public static Procedure Create(ProcedureCode code, ProcedureContent content, DateTimeOffset now)
    {
        var procedure = new Procedure
        {
            Code = code.Value,
            VersionNumber = 1,
            IsLatest = true,
            Status = ProcedureStatus.Draft,
            CreatedAt = now,
        };
        procedure.Apply(content);
        return procedure;
    }

    /// <summary>True once a version has been visible to the public (published now or before).</summary>
    public bool HasBeenPublished => PublishedAt is not null;

    /// <summary>Public readers see published versions and the superseded ones before them, never drafts.</summary>
    public bool IsPubliclyReadable => Status is ProcedureStatus.Published or ProcedureStatus.Superseded;

    /// <summary>
    /// Applies an administrator's edit. Returns the version that now holds the content: this one when
    /// it has never been published, otherwise a new draft version that follows this one.
    /// </summary>
    public Procedure Revise(ProcedureContent content, DateTimeOffset now)
    {
        EnsureLatest("edit");
        if (!HasBeenPublished)
        {
            Apply(content);
            return this;
        }
        var next = new Procedure
        {
            Code = Code,
            VersionNumber = VersionNumber + 1,
            PreviousVersionId = Id,
            IsLatest = true,
            Status = ProcedureStatus.Draft,
            CreatedAt = now,
        };
        next.Apply(content);
        IsLatest = false;
        return next;
    }

    /// <summary>
    /// Publishes this version; <paramref name="currentlyPublished"/> (an earlier version of the same code
    /// that is public now, if any) becomes superseded. Publishing a published version changes nothing.
    /// </summary>
    public void Publish(DateTimeOffset now, Procedure? currentlyPublished)
    {
        EnsureLatest("publish");
        if (Status == ProcedureStatus.Published)
        {
            return;
        }
        if (currentlyPublished is not null && currentlyPublished.Id != Id)
        {
            if (currentlyPublished.Code != Code || currentlyPublished.Status != ProcedureStatus.Published)
            {
                throw new ProcedureVersionConflictException("Only the published version of the same procedure can be superseded.");
            }
            currentlyPublished.Status = ProcedureStatus.Superseded;
        }
        Status = ProcedureStatus.Published;
        PublishedAt = now;
        AddDomainEvent(new ProcedurePublishedEvent(Id, Code, VersionNumber, now));
    }

    public void Unpublish(DateTimeOffset now)
    {
        if (Status != ProcedureStatus.Published)
        {
            throw new ProcedureVersionConflictException($"Version {VersionNumber} of {Code} is {Status}, not published.");
        }
        Status = ProcedureStatus.Unpublished;
        AddDomainEvent(new ProcedureUnpublishedEvent(Id, Code, VersionNumber, now));
    }

    private void EnsureLatest(string action)
    {
        if (!IsLatest)
        {
            throw new ProcedureVersionConflictException(
                $"Version {VersionNumber} of {Code} has a later version; {action} the latest one instead.");
        }
    }

    private void Apply(ProcedureContent content)
    {
        if (string.IsNullOrWhiteSpace(content.Name))
        {
            throw new InvalidProcedureContentException("A procedure needs a name.");
        }
        if (content.Levels.Count == 0 || content.ImplementingAgencyIds.Count == 0)
        {
            throw new InvalidProcedureContentException("A procedure needs at least one agency level and one implementing agency.");
        }
        // A case may need no documents at all: everything is declared in the online form.
        if (content.Cases.Count == 0)
        {
            throw new InvalidProcedureContentException("A procedure needs at least one case.");
        }
        Name = content.Name.Trim();
        FieldId = content.FieldId;
        _levels = content.Levels.Distinct().Order().ToList();
        _implementingAgencyIds = content.ImplementingAgencyIds.Distinct().ToList();
        OnlineLevel = content.OnlineLevel;
        Result = content.Result.Trim();
        LegalBasis = content.LegalBasis.Trim();
        _cases = content.Cases.ToList();
        _process = content.Process?.ToList() ?? [];
        SearchText = VietnameseText.Fold($"{Code} {Name}");
        CaseCount = _cases.Count;
        var fastest = _cases.MinBy(c => c.ProcessingTime.TotalWorkingHours)!.ProcessingTime;
        // A copy: the summary must not share an instance with the case it summarises.
        FastestProcessingTime = new ProcessingTime(fastest.Value, fastest.Unit);
        LowestFee = _cases.Min(c => c.TotalFee);
    }
}

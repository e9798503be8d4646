using OneStop.Domain.Procedures;

namespace OneStop.Domain.Dossiers;

/// <summary>
/// One step of the dossier's process, copied from the procedure at submission so that a later revision of the
/// procedure does not change a dossier in flight: who holds it (agency and role), for how long, and when it ran.
/// </summary>
public sealed class DossierStep
{
    public string Name { get; private set; } = null!;
    public DossierRole Role { get; private set; }
    public int WorkingHours { get; private set; }
    public Guid AgencyId { get; private set; }
    public DateTimeOffset? StartedAt { get; private set; }
    public DateTimeOffset? DueAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }

    private DossierStep() { }

    public DossierStep(string name, DossierRole role, int workingHours, Guid agencyId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfNegative(workingHours);
        Name = name;
        Role = role;
        WorkingHours = workingHours;
        AgencyId = agencyId;
    }

    internal void Start(DateTimeOffset at, DateTimeOffset dueAt)
    {
        StartedAt = at;
        DueAt = dueAt;
        CompletedAt = null;
    }

    internal void Complete(DateTimeOffset at) => CompletedAt = at;
}

/// <summary>
/// The default process of domain.md when a procedure defines none: reception at the one-stop counter, appraisal
/// by a Processor and the Leader's approval at the competent agency, return at the counter; the processing time
/// is shared between the steps.
/// </summary>
public static class DossierProcess
{
    public const string Reception = "Tiếp nhận hồ sơ";
    public const string Appraisal = "Thẩm định, xử lý hồ sơ";
    public const string Approval = "Phê duyệt, ký kết quả";
    public const string Return = "Trả kết quả";

    /// <summary>The procedure's own steps between reception and return, or the default process when it has none.</summary>
    public static IReadOnlyList<DossierStep> For(Procedure procedure, Guid receivingAgencyId, Guid competentAgencyId, int totalWorkingHours) =>
        procedure.Process.Count == 0
            ? Default(receivingAgencyId, competentAgencyId, totalWorkingHours)
            :
            [
                new DossierStep(Reception, DossierRole.Receptionist, Math.Min(4, Math.Max(1, totalWorkingHours / 8)), receivingAgencyId),
                .. procedure.Process.Select(step => new DossierStep(step.Name,
                    step.Role == ProcessStepRole.Leader ? DossierRole.Leader : DossierRole.Processor, step.WorkingHours, step.AgencyId ?? competentAgencyId)),
                new DossierStep(Return, DossierRole.Receptionist, 0, receivingAgencyId),
            ];

    public static IReadOnlyList<DossierStep> Default(Guid receivingAgencyId, Guid competentAgencyId, int totalWorkingHours)
    {
        // Reception takes half a day and approval a tenth of the time (at least one hour); appraisal the rest.
        var reception = Math.Min(4, Math.Max(1, totalWorkingHours / 8));
        var approval = Math.Max(1, totalWorkingHours / 10);
        var appraisal = Math.Max(1, totalWorkingHours - reception - approval);
        return
        [
            new DossierStep(Reception, DossierRole.Receptionist, reception, receivingAgencyId),
            new DossierStep(Appraisal, DossierRole.Processor, appraisal, competentAgencyId),
            new DossierStep(Approval, DossierRole.Leader, approval, competentAgencyId),
            new DossierStep(Return, DossierRole.Receptionist, 0, receivingAgencyId),
        ];
    }
}

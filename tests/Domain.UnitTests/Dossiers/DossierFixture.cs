using OneStop.Domain.Common;
using OneStop.Domain.Agencies;
using OneStop.Domain.Calendar;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Procedures;

namespace OneStop.Domain.UnitTests.Dossiers;

/// <summary>Dossiers in any status, walked there through the verbs, on a calendar without holidays.</summary>
public static class DossierFixture
{
    /// <summary>Monday 2 March 2026, 09:00 in Vietnam.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7));

    public static readonly IWorkingCalendar WorkCalendar = new WorkingCalendar([], WorkingCalendar.VietnamUtcOffset);

    public static readonly Agency Province = Agency.CreateProvince(AgencyCode.Parse("000.00.00.H56"), "Tỉnh Khánh Hòa", new DateOnly(2025, 7, 1));
    public static readonly Agency Commune = Agency.CreateUnder(Province, AgencyCode.Parse("000.00.31.H56"), "Phường Nha Trang", AgencyLevel.Commune, new DateOnly(2025, 7, 1));
    public static readonly Agency OtherCommune = Agency.CreateUnder(Province, AgencyCode.Parse("000.00.32.H56"), "Phường Bắc Nha Trang", AgencyLevel.Commune, new DateOnly(2025, 7, 1));

    public static readonly DossierActor Citizen = new(Guid.NewGuid(), "Nguyễn Văn An", null, DossierRole.Applicant);
    public static readonly DossierActor Receptionist = new(Guid.NewGuid(), "Trần Thị Bích", Commune.Id, DossierRole.Receptionist);
    public static readonly DossierActor Processor = new(Guid.NewGuid(), "Lê Minh Châu", Commune.Id, DossierRole.Processor);
    public static readonly DossierActor Leader = new(Guid.NewGuid(), "Phạm Quốc Dũng", Commune.Id, DossierRole.Leader);
    public static readonly DossierActor OtherProcessor = new(Guid.NewGuid(), "Võ Thị Em", OtherCommune.Id, DossierRole.Processor | DossierRole.Leader);

    /// <summary>Someone who holds every capacity at the commune and owns the dossier: only the status decides.</summary>
    public static readonly DossierActor Everyone = new(Citizen.UserId, "Tất cả", Commune.Id,
        DossierRole.Applicant | DossierRole.Receptionist | DossierRole.Processor | DossierRole.Leader);

    public static Procedure Procedure(int workingDays = 3)
    {
        var content = new ProcedureContent("Chứng thực bản sao", Guid.NewGuid(), [AgencyLevel.Commune], [Commune.Id], OnlineServiceLevel.FullOnline,
            "Bản sao được chứng thực", "Nghị định 23/2015/NĐ-CP",
            [new ProcedureCase("Chứng thực bản sao từ bản chính", new ProcessingTime(workingDays, ProcessingTimeUnit.WorkingDays), [new Fee(2_000, "Phí")],
                [new RequiredDocument("Bản chính", DocumentForm.Original, 1, null), new RequiredDocument("Bản sao", DocumentForm.Copy, 1, null)])]);
        return OneStop.Domain.Procedures.Procedure.Create(ProcedureCode.Parse("2.000815"), content, Monday);
    }

    public static FileReference File(string name = "scan.pdf") => new(name, "application/pdf", 1024, new string('a', 64), $"2026/03/{Guid.NewGuid():N}");

    public static DossierCode Code(int sequence = 1) => DossierCode.Create(AgencyCode.Parse(Commune.Code), new DateOnly(2026, 3, 2), sequence);

    /// <summary>What the database does once a submission has committed (ADR-008): the dossier gets its code.</summary>
    public static void Number(Dossier dossier, DossierCode code) => typeof(Dossier).GetProperty(nameof(Dossier.Code))!.SetValue(dossier, code.Value);

    public static Dossier Draft(DossierActor? owner = null)
    {
        var dossier = Dossier.Draft(Procedure(), 0, Commune, DossierChannel.Online,
            new Applicant(ApplicantKind.Citizen, "Nguyễn Văn An", "056090001234", "0912345678", null, "Nha Trang"), null, owner ?? Citizen, Monday);
        dossier.AddDocument(File(), DocumentPurpose.Component, 0, owner ?? Citizen, Monday);
        dossier.AddDocument(File(), DocumentPurpose.Component, 1, owner ?? Citizen, Monday);
        return dossier;
    }

    /// <summary>A dossier owned by <see cref="Everyone"/>, walked to <paramref name="status"/>.</summary>
    public static Dossier In(DossierStatus status)
    {
        var d = Draft(Everyone);
        var now = Monday;
        if (status == DossierStatus.Draft)
        {
            return d;
        }
        d.Submit(Everyone, now);
        Number(d, Code());
        switch (status)
        {
            case DossierStatus.Submitted:
                return d;
            case DossierStatus.NotAccepted:
                d.Refuse(Everyone, now, "Không thuộc thẩm quyền");
                return d;
            case DossierStatus.Withdrawn:
                d.Withdraw(Everyone, now, "Không cần nữa");
                return d;
        }
        d.Receive(Everyone, now, WorkCalendar, null);
        if (status == DossierStatus.Received)
        {
            return d;
        }
        d.StartProcessing(Everyone, now, null, null);
        switch (status)
        {
            case DossierStatus.Processing:
                return d;
            case DossierStatus.SupplementRequested:
                d.RequestSupplement(Everyone, now, WorkCalendar, "Thiếu bản sao");
                return d;
            case DossierStatus.AwaitingPayment:
                d.RequestPayment(Everyone, now, WorkCalendar, 2_000, null);
                return d;
            case DossierStatus.Stopped:
                d.Stop(Everyone, now, "Người nộp không đến");
                return d;
        }
        d.Approve(Everyone, now, WorkCalendar, ResultDecision.Refused, "Không đủ điều kiện", null);
        if (status == DossierStatus.Processed)
        {
            return d;
        }
        d.ReturnResult(Everyone, now, DeliveryMethod.Counter, null);
        return d;
    }

    /// <summary>Runs <paramref name="action"/> on the dossier with valid arguments.</summary>
    public static void Perform(Dossier d, DossierAction action, DossierActor actor, DateTimeOffset now)
    {
        switch (action)
        {
            case DossierAction.Submit: d.Submit(actor, now); Number(d, Code(2)); break;
            case DossierAction.Receive: d.Receive(actor, now, WorkCalendar, null); break;
            case DossierAction.Refuse: d.Refuse(actor, now, "Lý do"); break;
            case DossierAction.RequestSupplement: d.RequestSupplement(actor, now, WorkCalendar, "Bổ sung"); break;
            case DossierAction.ProvideSupplement: d.ProvideSupplement(actor, now, WorkCalendar, null); break;
            case DossierAction.StartProcessing: d.StartProcessing(actor, now, null, null); break;
            case DossierAction.Assign: d.Assign(actor, now, Guid.NewGuid(), null); break;
            case DossierAction.Forward: d.Forward(actor, now, WorkCalendar, null, null, []); break;
            case DossierAction.SendBack: d.SendBack(actor, now, WorkCalendar, null, "Làm lại"); break;
            case DossierAction.Transfer: d.Transfer(actor, now, WorkCalendar, OtherCommune.Id, 8, "Xác minh"); break;
            case DossierAction.CompleteTransfer: d.CompleteTransfer(Guid.NewGuid(), actor, now, "Xong", []); break;
            case DossierAction.RequestPayment: d.RequestPayment(actor, now, WorkCalendar, 2_000, null); break;
            case DossierAction.ConfirmPayment: d.ConfirmPayment(actor, now, WorkCalendar, PaymentMethod.Cash, null); break;
            case DossierAction.IssueApology: d.IssueApology(actor, now, now.AddDays(30), "Chờ xác minh"); break;
            case DossierAction.Approve: d.Approve(actor, now, WorkCalendar, ResultDecision.Refused, "Không đủ điều kiện", null); break;
            case DossierAction.Stop: d.Stop(actor, now, "Dừng"); break;
            case DossierAction.Withdraw: d.Withdraw(actor, now, null); break;
            case DossierAction.ReturnResult: d.ReturnResult(actor, now, DeliveryMethod.Counter, null); break;
            default: throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }
}

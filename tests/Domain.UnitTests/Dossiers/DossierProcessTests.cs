using OneStop.Domain.Agencies;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Procedures;
using static OneStop.Domain.UnitTests.Dossiers.DossierFixture;

namespace OneStop.Domain.UnitTests.Dossiers;

/// <summary>A dossier follows its procedure's process, or the default one, between reception and return.</summary>
public sealed class DossierProcessTests
{
    private static readonly Agency Department = Agency.CreateUnder(Province, AgencyCode.Parse("000.00.14.H56"), "Sở Xây dựng", AgencyLevel.Department, new DateOnly(2025, 7, 1));
    private static readonly Agency Center = Agency.CreateUnder(Province, AgencyCode.Parse("000.00.15.H56"), "Trung tâm Phục vụ hành chính công", AgencyLevel.Department, new DateOnly(2025, 7, 1));

    private static Procedure WithProcess(params ProcessStep[] steps)
    {
        var content = new ProcedureContent("Cấp giấy phép xây dựng", Guid.NewGuid(), [AgencyLevel.Department], [Department.Id], OnlineServiceLevel.PartialOnline,
            "Giấy phép", "Luật Xây dựng",
            [new ProcedureCase("Nhà ở riêng lẻ", new ProcessingTime(15, ProcessingTimeUnit.WorkingDays), [new Fee(75_000, "Lệ phí")],
                [new RequiredDocument("Đơn", DocumentForm.Original, 1, null)])],
            steps);
        return OneStop.Domain.Procedures.Procedure.Create(ProcedureCode.Parse("1.009994"), content, Monday);
    }

    private static Dossier DraftOf(Procedure procedure)
    {
        Department.ReceiveDossiersAt(Center);
        return Dossier.Draft(procedure, 0, Department, DossierChannel.Online,
            new Applicant(ApplicantKind.Citizen, "An", "056090001234", "0912345678", null, "Nha Trang"), null, Citizen, Monday);
    }

    [Test]
    public void ShouldReceiveAtTheCounterProcessAtTheCompetentAgencyAndReturnAtTheCounterByDefault()
    {
        var dossier = DraftOf(WithProcess());

        dossier.ReceivingAgencyId.ShouldBe(Center.Id);
        dossier.Steps.Select(s => (s.Name, s.Role, s.AgencyId)).ShouldBe(
        [
            (DossierProcess.Reception, DossierRole.Receptionist, Center.Id),
            (DossierProcess.Appraisal, DossierRole.Processor, Department.Id),
            (DossierProcess.Approval, DossierRole.Leader, Department.Id),
            (DossierProcess.Return, DossierRole.Receptionist, Center.Id),
        ]);
        dossier.Steps.Take(3).Sum(s => s.WorkingHours).ShouldBe(120);
    }

    [Test]
    public void ShouldCopyTheProcedureStepsBetweenReceptionAndReturn()
    {
        var unit = Guid.NewGuid();
        var dossier = DraftOf(WithProcess(
            new ProcessStep("Thẩm định", ProcessStepRole.Processor, 80, null),
            new ProcessStep("Kiểm tra hiện trạng", ProcessStepRole.Processor, 24, unit),
            new ProcessStep("Ký giấy phép", ProcessStepRole.Leader, 12, null)));

        dossier.Steps.Select(s => s.Name).ShouldBe([DossierProcess.Reception, "Thẩm định", "Kiểm tra hiện trạng", "Ký giấy phép", DossierProcess.Return]);
        dossier.Steps[2].AgencyId.ShouldBe(unit);
        dossier.Steps[3].Role.ShouldBe(DossierRole.Leader);
        dossier.Steps[3].AgencyId.ShouldBe(Department.Id);
    }
}

using OneStop.Domain.Feedbacks;
using OneStop.Domain.Feedbacks.Exceptions;
using OneStop.Domain.UnitTests.Dossiers;
using static OneStop.Domain.UnitTests.Feedbacks.FeedbackFixture;

namespace OneStop.Domain.UnitTests.Feedbacks;

/// <summary>The files of an answer: attached by the handling agency while it is prepared, public with it once published.</summary>
public sealed class FeedbackAnswerAttachmentTests
{
    [Test]
    public void ShouldPublishTheFilesAttachedBeforeTheAnswerWasApproved()
    {
        var feedback = In(FeedbackStatus.Assigned);
        feedback.AttachToAnswer(DossierFixture.File("cong-van-tra-loi.pdf"), Processor(AgencyA), Later);
        feedback.DraftAnswer("Trả lời", Processor(AgencyA), Later);
        feedback.ApproveAnswer(Leader(AgencyA), Later.AddHours(1));

        feedback.PublicAnswerAttachments().Select(a => a.FileName).ShouldBe(["cong-van-tra-loi.pdf"]);
        feedback.Attachments.Count(a => a.Purpose == FeedbackAttachmentPurpose.Submission).ShouldBe(1);
    }

    [Test]
    public void ShouldKeepTheOrderOfFilesAttachedInTheSameInstantAlsoAfterARemoval()
    {
        var feedback = In(FeedbackStatus.Assigned);
        var names = new[] { "c.pdf", "a.pdf", "b.pdf" };
        var attached = names.Select(name => feedback.AttachToAnswer(DossierFixture.File(name), Processor(AgencyA), Later)).ToList();
        feedback.RemoveAnswerAttachment(attached[1].Id, Processor(AgencyA));
        feedback.AttachToAnswer(DossierFixture.File("d.pdf"), Processor(AgencyA), Later);

        feedback.AttachmentsInOrder().Where(a => a.Purpose == FeedbackAttachmentPurpose.Answer).Select(a => a.FileName)
            .ShouldBe(["c.pdf", "b.pdf", "d.pdf"]);
        feedback.AttachmentsInOrder().First().Purpose.ShouldBe(FeedbackAttachmentPurpose.Submission);
    }

    [Test]
    public void ShouldKeepTheFilesOfAnApprovedAnswerAfterAReopening()
    {
        var feedback = In(FeedbackStatus.Assigned);
        var approvedFile = feedback.AttachToAnswer(DossierFixture.File("lan-mot.pdf"), Processor(AgencyA), Later);
        feedback.DraftAnswer("Trả lời", Processor(AgencyA), Later);
        feedback.ApproveAnswer(Leader(AgencyA), Later.AddHours(1));
        feedback.Reopen("Chưa thỏa đáng", Citizen, Later.AddHours(2), WorkCalendar, Deadlines);
        var newFile = feedback.AttachToAnswer(DossierFixture.File("lan-hai.pdf"), Processor(AgencyA), Later.AddHours(3));

        Should.Throw<FeedbackRuleException>(() => feedback.RemoveAnswerAttachment(approvedFile.Id, Processor(AgencyA)))
            .Rule.ShouldBe("feedback-unknown-attachment");
        feedback.PublicAnswerAttachments().Select(a => a.FileName).ShouldBe(["lan-mot.pdf"]);

        feedback.RemoveAnswerAttachment(newFile.Id, Leader(AgencyA)).ShouldBe(newFile);
        feedback.Attachments.ShouldNotContain(newFile);
    }

    [Test]
    public void ShouldForbidAnOfficerOfAnotherAgencyToAttachToTheAnswer() =>
        Should.Throw<FeedbackActionForbiddenException>(() =>
            In(FeedbackStatus.Assigned).AttachToAnswer(DossierFixture.File(), AllOfficers(AgencyB), Later));

    [Test]
    public void ShouldRefuseAnswerFilesOnceTheFeedbackIsAnswered() =>
        Should.Throw<InvalidFeedbackTransitionException>(() =>
            In(FeedbackStatus.Answered).AttachToAnswer(DossierFixture.File(), Processor(AgencyA), Later));

    [Test]
    public void ShouldDropTheFilesOfADraftATransferDropsSoTheyAreNeverPublished()
    {
        var feedback = In(FeedbackStatus.Assigned);
        feedback.AttachToAnswer(DossierFixture.File("du-thao-phuong-A.pdf"), Processor(AgencyA), Later);
        feedback.DraftAnswer("Dự thảo của phường A", Processor(AgencyA), Later);
        feedback.Transfer(AgencyB, "Ngoài thẩm quyền", false, Processor(AgencyA), Later.AddMinutes(30), WorkCalendar, Deadlines);
        feedback.AttachToAnswer(DossierFixture.File("tra-loi-phuong-B.pdf"), Processor(AgencyB), Later.AddHours(1));
        feedback.DraftAnswer("Trả lời của phường B", Processor(AgencyB), Later.AddHours(1));
        feedback.ApproveAnswer(Leader(AgencyB), Later.AddHours(2));
        feedback.Publish(Leader(AgencyB), Later.AddHours(3));

        feedback.PublicAnswerAttachments().Select(a => a.FileName).ShouldBe(["tra-loi-phuong-B.pdf"]);
    }
}

using Mediator;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Exceptions;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Feedbacks.Common;
using OneStop.Domain.Feedbacks;

namespace OneStop.Application.Feedbacks.Queries.GetPublishedFeedback;

/// <summary>The public page of one published feedback with its answer, personal data hidden; 404 for anything unpublished.</summary>
public sealed record GetPublishedFeedbackQuery(string Code) : IQuery<PublicFeedbackDto>;

public sealed class GetPublishedFeedbackQueryHandler(IApplicationDbContext db) : IQueryHandler<GetPublishedFeedbackQuery, PublicFeedbackDto>
{
    public async ValueTask<PublicFeedbackDto> Handle(GetPublishedFeedbackQuery query, CancellationToken cancellationToken)
    {
        var code = query.Code.Trim().ToUpperInvariant();
        var feedback = await db.Feedbacks.Published().Include(f => f.Answers).Include(f => f.Attachments).AsSplitQuery().AsNoTracking()
            .SingleOrDefaultAsync(f => f.Code == code, cancellationToken)
            ?? throw new NotFoundException(nameof(Feedback), query.Code);
        var agency = await db.Agencies.Where(a => a.Id == feedback.HandlingAgencyId).Select(a => a.Name).SingleAsync(cancellationToken);
        var answered = PublicFeedback.IsAnswered(feedback.Status);
        var answer = feedback.Answer;
        return new PublicFeedbackDto(feedback.Code, PersonalDataMask.Text(feedback.Title), PersonalDataMask.Text(feedback.Content), feedback.Category,
            PersonalDataMask.Name(feedback.Contact.FullName), feedback.ReceivedAt, feedback.PublishedAt!.Value, agency, answered,
            answer is null ? null : PersonalDataMask.Text(answer.Text), answer?.AnsweredAt,
            feedback.PublicAnswerAttachments().Select(a => new PublicFeedbackAttachmentDto(a.Id, a.FileName, a.ContentType, a.Length)).ToList());
    }
}

using Mediator;
using OneStop.Application.Feedbacks.Common;

namespace OneStop.Application.Feedbacks.Queries.GetFeedbackById;

/// <summary>A feedback the caller may see (their own, their agency's, or any with <c>feedback.read</c>), with the actions open to them.</summary>
public sealed record GetFeedbackByIdQuery(Guid Id) : IQuery<FeedbackDetailDto>;

public sealed class GetFeedbackByIdQueryHandler(FeedbackAccess access, FeedbackReader reader) : IQueryHandler<GetFeedbackByIdQuery, FeedbackDetailDto>
{
    public async ValueTask<FeedbackDetailDto> Handle(GetFeedbackByIdQuery query, CancellationToken cancellationToken) =>
        await reader.ReadAsync(await access.LoadAsync(query.Id, null, cancellationToken), null, cancellationToken);
}

using Mediator;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Exceptions;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Feedbacks.Common;
using OneStop.Domain.Feedbacks;

namespace OneStop.Application.Feedbacks.Queries.FollowFeedback;

/// <summary>
/// A guest follows up their feedback with the code and the key of the receipt. A wrong key answers exactly like an
/// unknown code (404), so neither can be probed.
/// </summary>
public sealed record FollowFeedbackQuery(string Code, string Key) : IQuery<FeedbackDetailDto>;

public sealed class FollowFeedbackQueryHandler(IApplicationDbContext db, FeedbackAccess access, FeedbackReader reader)
    : IQueryHandler<FollowFeedbackQuery, FeedbackDetailDto>
{
    public async ValueTask<FeedbackDetailDto> Handle(FollowFeedbackQuery query, CancellationToken cancellationToken)
    {
        var code = query.Code.Trim().ToUpperInvariant();
        var id = await db.Feedbacks.Where(f => f.Code == code).Select(f => (Guid?)f.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(nameof(Feedback), query.Code);
        try
        {
            return await reader.ReadAsync(await access.LoadAsync(id, query.Key, cancellationToken), query.Key, cancellationToken);
        }
        catch (NotFoundException)
        {
            throw new NotFoundException(nameof(Feedback), query.Code);
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStop.Application.Agencies.Queries.GetAgencies;
using OneStop.Application.Common.Interfaces;
using OneStop.Domain.Feedbacks;

namespace OneStop.Application.Feedbacks.Common;

/// <summary>Turns a loaded feedback into what the caller sees, with the names of the agencies it mentions.</summary>
public sealed class FeedbackReader(IApplicationDbContext db, FeedbackAccess access, IWorkingCalendarSource calendars,
    IOptions<FeedbackSettings> settings, TimeProvider clock)
{
    public async Task<FeedbackDetailDto> ReadAsync(Feedback feedback, string? key, CancellationToken cancellationToken) =>
        FeedbackDetailDto.From(feedback, access.ActorFor(feedback, key), await AgenciesOfAsync(feedback, cancellationToken),
            await calendars.GetAsync(cancellationToken), settings.Value.Deadlines, clock.GetUtcNow());

    private async Task<IReadOnlyDictionary<Guid, AgencyRefDto>> AgenciesOfAsync(Feedback feedback, CancellationToken cancellationToken)
    {
        var ids = feedback.History.SelectMany(h => new[] { h.FromAgencyId, h.ToAgencyId })
            .Append(feedback.RelatedAgencyId).Append(feedback.HandlingAgencyId).OfType<Guid>()
            .Concat(feedback.Answers.Select(a => a.AgencyId)).Distinct().ToList();
        return await db.Agencies.Where(a => ids.Contains(a.Id))
            .Select(a => new AgencyRefDto { Id = a.Id, Code = a.Code, Name = a.Name, Level = a.Level })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
    }
}

using Mediator;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Exceptions;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Common.Security;
using OneStop.Application.Feedbacks.Common;
using OneStop.Domain.Feedbacks;

namespace OneStop.Application.Feedbacks.Queries.GetServiceRequests;

/// <summary>
/// Feedback as Open311 GeoReport v2 service requests (GET requests), newest first, at most 1,000. The parameters are
/// the specification's, as sent: comma-delimited lists and W3C date-times. The public sees published feedback; an
/// integrator granted <c>feedback.read</c> sees all of it. Neither sees personal data.
/// </summary>
/// <param name="ServiceRequestId">Feedback codes, comma-delimited; when given, the other parameters are ignored.</param>
/// <param name="ServiceCode">Service codes (feedback categories), comma-delimited; all by default.</param>
/// <param name="StartDate">The earliest reception time; with <paramref name="EndDate"/> the window may not span more than 90 days.</param>
/// <param name="EndDate">The latest reception time; by default the window is the last 90 days.</param>
/// <param name="Status">open, closed, or both comma-delimited; all by default.</param>
public sealed record GetServiceRequestsQuery(
    string? ServiceRequestId = null,
    string? ServiceCode = null,
    string? StartDate = null,
    string? EndDate = null,
    string? Status = null) : IQuery<IReadOnlyList<ServiceRequestDto>>;

/// <summary>One service request by its id (the feedback code); 404 when the caller may not see it.</summary>
public sealed record GetServiceRequestQuery(string ServiceRequestId) : IQuery<ServiceRequestDto>;

public sealed class GetServiceRequestsQueryHandler(IApplicationDbContext db, IUser user, IWorkingCalendarSource calendars, TimeProvider clock)
    : IQueryHandler<GetServiceRequestsQuery, IReadOnlyList<ServiceRequestDto>>, IQueryHandler<GetServiceRequestQuery, ServiceRequestDto>
{
    public async ValueTask<IReadOnlyList<ServiceRequestDto>> Handle(GetServiceRequestsQuery query, CancellationToken cancellationToken)
    {
        var feedback = Visible();
        var codes = ServiceRequestFilter.Values(query.ServiceRequestId).Select(Normalise).ToList();
        if (codes.Count > 0)
        {
            // The specification: a list of ids overrides all other arguments.
            feedback = feedback.Where(f => codes.Contains(f.Code));
        }
        else
        {
            var (from, to) = ServiceRequestFilter.Window(query.StartDate, query.EndDate, clock.GetUtcNow());
            feedback = feedback.Where(f => f.ReceivedAt >= from && f.ReceivedAt <= to);
            var categories = ServiceRequestFilter.Categories(query.ServiceCode);
            if (categories.Count > 0)
            {
                feedback = feedback.Where(f => categories.Contains(f.Category));
            }
            var statuses = ServiceRequestFilter.Statuses(query.Status);
            if (statuses.Count == 1)
            {
                var closed = ServiceRequestStatuses.Closed;
                feedback = statuses[0] == ServiceRequestStatus.Closed
                    ? feedback.Where(f => closed.Contains(f.Status))
                    : feedback.Where(f => !closed.Contains(f.Status));
            }
        }
        return await ReadAsync(feedback.OrderByDescending(f => f.ReceivedAt).ThenByDescending(f => f.Id).Take(ServiceRequestFilter.MaxResults),
            cancellationToken);
    }

    public async ValueTask<ServiceRequestDto> Handle(GetServiceRequestQuery query, CancellationToken cancellationToken)
    {
        var code = Normalise(query.ServiceRequestId);
        var found = await ReadAsync(Visible().Where(f => f.Code == code), cancellationToken);
        return found.SingleOrDefault() ?? throw new NotFoundException("Service request", query.ServiceRequestId);
    }

    /// <summary>All feedback for an integrator granted feedback.read; published feedback for anyone else.</summary>
    private IQueryable<Feedback> Visible() => user.Scopes.Contains(Scopes.FeedbackRead) ? db.Feedbacks : db.Feedbacks.Published();

    private static string Normalise(string code) => code.Trim().ToUpperInvariant();

    private async Task<IReadOnlyList<ServiceRequestDto>> ReadAsync(IQueryable<Feedback> feedback, CancellationToken cancellationToken)
    {
        var rows = await feedback.Select(f => new
        {
            f.Code,
            f.Status,
            f.Category,
            f.Content,
            f.ClosingReason,
            f.Redirection,
            Answer = f.Answers.OrderByDescending(a => a.Sequence).Select(a => a.Text).FirstOrDefault(),
            Agency = db.Agencies.Where(a => a.Id == f.HandlingAgencyId).Select(a => a.Name).FirstOrDefault(),
            f.ReceivedAt,
            f.LastActivityAt,
            f.DueAt,
        }).ToListAsync(cancellationToken);
        var offset = calendars.UtcOffset;
        return rows.Select(r =>
        {
            var closed = ServiceRequestStatuses.IsClosed(r.Status);
            var notes = !closed ? null : r.Status == FeedbackStatus.NotInScope ? $"{r.ClosingReason} — {r.Redirection}" : r.Answer;
            return new ServiceRequestDto(r.Code, closed, notes is null ? null : PersonalDataMask.Text(notes), r.Category, PersonalDataMask.Text(r.Content),
                r.Agency, r.ReceivedAt.ToOffset(offset), r.LastActivityAt.ToOffset(offset), r.DueAt?.ToOffset(offset));
        }).ToList();
    }
}

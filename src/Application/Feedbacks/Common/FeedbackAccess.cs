using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Exceptions;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Common.Security;
using OneStop.Domain.Feedbacks;

namespace OneStop.Application.Feedbacks.Common;

/// <summary>
/// Who the caller is towards feedback. Officers see what their agency handles or handled (every hop of a
/// transfer); a Supervisor the agency's subtree; an integrator granted <c>feedback.read</c> all of it; a
/// submitter their own, through the account or the follow-up key of the receipt. Anything else is 404.
/// </summary>
public sealed class FeedbackAccess(IApplicationDbContext db, IUser user, IAccessKeys keys)
{
    public Guid? AgencyId => user.AgencyIds.Count == 1 && user.Scopes.Count == 0 ? user.AgencyIds[0] : null;

    /// <summary>The agency whose feedback inbox an officer works in.</summary>
    public Guid OfficerAgencyId => AgencyId ?? throw new UnauthorizedAccessException("Only an officer of an agency has a feedback inbox.");

    /// <summary>The caller as an actor on <paramref name="feedback"/>: a submitter when it is theirs, an officer by their roles.</summary>
    public FeedbackActor ActorFor(Feedback feedback, string? key)
    {
        var roles = OfficerRoles;
        var isSubmitter = (feedback.OwnerId is { } owner && owner == user.Id) || (key is not null && keys.Verify(AccessKeyPurposes.FeedbackFollowUp, feedback.Id, key));
        if (isSubmitter)
        {
            roles |= FeedbackRole.Submitter;
        }
        return new FeedbackActor(user.Id, isSubmitter && roles == FeedbackRole.Submitter ? feedback.Contact.FullName : user.Name ?? "", AgencyId, roles);
    }

    /// <summary>
    /// The caller as the submitter of a new feedback. A person's account owns it; an integrator client (Open311)
    /// sends it for someone else, who follows it up with the receipt's key.
    /// </summary>
    public FeedbackActor Submitter(string contactName) => new(user.Scopes.Count == 0 ? user.Id : null, contactName, null, FeedbackRole.Submitter);

    public string FollowUpKey(Feedback feedback) => keys.Issue(AccessKeyPurposes.FeedbackFollowUp, feedback.Id);

    private FeedbackRole OfficerRoles => AgencyId is null
        ? FeedbackRole.None
        : user.Roles.Aggregate(FeedbackRole.None, (roles, role) => roles | role switch
        {
            Roles.Receptionist => FeedbackRole.Receptionist,
            Roles.Processor => FeedbackRole.Processor,
            Roles.Leader => FeedbackRole.Leader,
            _ => FeedbackRole.None,
        });

    /// <summary>The feedback the caller may read through their account or token.</summary>
    public async Task<IQueryable<Feedback>> VisibleAsync(CancellationToken cancellationToken)
    {
        var feedback = db.Feedbacks.AsQueryable();
        if (user.Scopes.Contains(Scopes.FeedbackRead))
        {
            return feedback;
        }
        var id = user.Id;
        var agencies = await db.AgencyScopeAsync(user, AgencyId is { } own ? [own] : [], cancellationToken);
        return feedback.Where(f => (id != null && f.OwnerId == id) || agencies.Contains(f.HandlingAgencyId) ||
                                   f.History.Any(h => h.ToAgencyId != null && agencies.Contains(h.ToAgencyId.Value)));
    }

    /// <summary>
    /// Loads a feedback with everything its verbs need: visible to the caller, or, with <paramref name="key"/>, the
    /// one that key opens. 404 otherwise, also for a wrong key, so keys cannot be probed.
    /// </summary>
    public async Task<Feedback> LoadAsync(Guid id, string? key, CancellationToken cancellationToken)
    {
        var source = key is not null && keys.Verify(AccessKeyPurposes.FeedbackFollowUp, id, key)
            ? db.Feedbacks
            : await VisibleAsync(cancellationToken);
        return await source.Include(f => f.Attachments).Include(f => f.History).Include(f => f.Answers).AsSplitQuery()
            .SingleOrDefaultAsync(f => f.Id == id, cancellationToken)
            ?? throw new NotFoundException(nameof(Feedback), id);
    }
}

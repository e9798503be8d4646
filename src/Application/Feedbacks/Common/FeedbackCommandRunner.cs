using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStop.Application.Common.Idempotency;
using OneStop.Application.Common.Interfaces;
using OneStop.Domain.Calendar;
using OneStop.Domain.Feedbacks;

namespace OneStop.Application.Feedbacks.Common;

/// <summary>An action on a feedback: the <see cref="Version"/> the caller read and, for a guest submitter, the follow-up key of the receipt.</summary>
public interface IFeedbackTransitionCommand : Mediator.ICommand<FeedbackDetailDto>, IRecordActionCommand
{
    /// <summary>The feedback's version as last read (<c>version</c> of the feedback).</summary>
    uint Version { get; }

    /// <summary>The follow-up key of the receipt, for a submitter without an account.</summary>
    string? Key => null;
}

/// <summary>What a feedback verb needs besides its own arguments.</summary>
public sealed record FeedbackContext(FeedbackActor Actor, DateTimeOffset Now, IWorkingCalendar Calendar, FeedbackDeadlines Deadlines);

/// <summary>
/// Load the feedback the caller may act on at the version they saw, run the verb, save, answer with the new
/// state; when someone else changed it first, answer 409 with its current state.
/// </summary>
public sealed class FeedbackCommandRunner(IApplicationDbContext db, FeedbackAccess access, FeedbackReader reader,
    IWorkingCalendarSource calendars, IOptions<FeedbackSettings> settings, TimeProvider clock)
{
    public async Task<FeedbackDetailDto> RunAsync(IFeedbackTransitionCommand command, Func<Feedback, FeedbackContext, Task> act,
        CancellationToken cancellationToken)
    {
        var feedback = await access.LoadAsync(command.Id, command.Key, cancellationToken);
        if (feedback.Version != command.Version)
        {
            throw new FeedbackConflictException(await reader.ReadAsync(feedback, command.Key, cancellationToken));
        }
        var context = new FeedbackContext(access.ActorFor(feedback, command.Key), clock.GetUtcNow(), await calendars.GetAsync(cancellationToken),
            settings.Value.Deadlines);
        await act(feedback, context);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.DiscardChanges();
            var current = await access.LoadAsync(command.Id, command.Key, cancellationToken);
            throw new FeedbackConflictException(await reader.ReadAsync(current, command.Key, cancellationToken));
        }
        return await reader.ReadAsync(feedback, command.Key, cancellationToken);
    }

    public Task<FeedbackDetailDto> RunAsync(IFeedbackTransitionCommand command, Action<Feedback, FeedbackContext> act, CancellationToken cancellationToken) =>
        RunAsync(command, (feedback, context) =>
        {
            act(feedback, context);
            return Task.CompletedTask;
        }, cancellationToken);
}

/// <summary>Someone else acted on the feedback first; <see cref="Current"/> is its state now (409).</summary>
public sealed class FeedbackConflictException(FeedbackDetailDto current)
    : Exception($"The feedback was changed by someone else (it is now {current.Status}); reload it and try again.")
{
    public FeedbackDetailDto Current { get; } = current;
}

using OneStop.Domain.Common;

namespace OneStop.Domain.Feedbacks.Exceptions;

/// <summary>A feedback rule other than the transition table (the API answers 409, or 400 for an incomplete contact).</summary>
public sealed class FeedbackRuleException(string rule, string message) : DomainException(rule, message)
{
    public static FeedbackRuleException ContactIncomplete() => new("feedback-contact-incomplete",
        "Give your name and a phone number or an e-mail address, so the agency can reach you.");

    public static FeedbackRuleException AlreadyRated() => new("feedback-already-rated", "This answer has already been rated.");

    public static FeedbackRuleException AlreadyReopened() => new("feedback-already-reopened", "A feedback can be reopened once only.");

    public static FeedbackRuleException ReopenWindowClosed(int days) => new("feedback-reopen-window-closed",
        $"A feedback can be reopened within {days} days of its answer; that time has passed.");

    public static FeedbackRuleException NoDraft() => new("feedback-no-draft", "There is no drafted answer waiting for approval.");

    public static FeedbackRuleException DraftReturned() => new("feedback-draft-returned",
        "The drafted answer was returned for revision; the processor must revise it first.");

    public static FeedbackRuleException TransferToSelf() => new("feedback-transfer-to-own-agency",
        "A feedback is transferred to another agency, not to the one handling it.");

    public static FeedbackRuleException UnknownAttachment(Guid id) => new("feedback-unknown-attachment", $"The feedback has no attachment {id}.");
}

/// <summary>The action is not allowed from the feedback's current status (409 naming both).</summary>
public sealed class InvalidFeedbackTransitionException(FeedbackAction action, FeedbackStatus current)
    : DomainException("invalid-feedback-transition", $"{action} is not allowed while the feedback is {current}.")
{
    public FeedbackStatus CurrentStatus { get; } = current;
}

/// <summary>The actor sees the feedback but may not take this action (wrong role or agency): 403.</summary>
public sealed class FeedbackActionForbiddenException(FeedbackAction action)
    : AccessDeniedException("feedback-action-forbidden", $"You may not {action} this feedback.");

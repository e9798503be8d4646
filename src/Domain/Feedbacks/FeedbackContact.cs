using OneStop.Domain.Feedbacks.Exceptions;

namespace OneStop.Domain.Feedbacks;

/// <summary>
/// How to reach the submitter: a name and a phone number or an e-mail address (at least one); the citizen ID is
/// optional. Never shown on public pages.
/// </summary>
public sealed record FeedbackContact
{
    public string FullName { get; }
    public string? PhoneNumber { get; }
    public string? Email { get; }
    public string? CitizenId { get; }

    public FeedbackContact(string fullName, string? phoneNumber, string? email, string? citizenId)
    {
        if (string.IsNullOrWhiteSpace(fullName))
        {
            throw FeedbackRuleException.ContactIncomplete();
        }
        FullName = fullName.Trim();
        PhoneNumber = Blank(phoneNumber);
        Email = Blank(email);
        CitizenId = Blank(citizenId);
        if (PhoneNumber is null && Email is null)
        {
            throw FeedbackRuleException.ContactIncomplete();
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

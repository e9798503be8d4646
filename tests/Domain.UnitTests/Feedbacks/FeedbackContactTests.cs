using OneStop.Domain.Feedbacks;
using OneStop.Domain.Feedbacks.Exceptions;

namespace OneStop.Domain.UnitTests.Feedbacks;

/// <summary>A submitter gives a name and a phone number or an e-mail address; the citizen ID is optional.</summary>
public sealed class FeedbackContactTests
{
    [TestCase("Nguyễn Văn An", null, null, TestName = "ShouldRefuseANameWithNeitherPhoneNorEmail")]
    [TestCase("Nguyễn Văn An", "  ", "", TestName = "ShouldRefuseANameWithABlankPhoneAndABlankEmail")]
    [TestCase("", "0912345678", null, TestName = "ShouldRefuseAPhoneWithoutAName")]
    [TestCase("   ", null, "an@example.com", TestName = "ShouldRefuseAnEmailWithABlankName")]
    public void ShouldRefuseAnIncompleteContact(string fullName, string? phone, string? email) =>
        Should.Throw<FeedbackRuleException>(() => new FeedbackContact(fullName, phone, email, "056090001234"))
            .Rule.ShouldBe("feedback-contact-incomplete");

    [Test]
    public void ShouldAcceptANameAndAPhoneOnly()
    {
        var contact = new FeedbackContact(" Nguyễn Văn An ", " 0912345678 ", "  ", null);

        contact.FullName.ShouldBe("Nguyễn Văn An");
        contact.PhoneNumber.ShouldBe("0912345678");
        contact.Email.ShouldBeNull();
        contact.CitizenId.ShouldBeNull();
    }

    [Test]
    public void ShouldAcceptANameAndAnEmailOnly()
    {
        var contact = new FeedbackContact("Nguyễn Văn An", "", " an@example.com ", "\t");

        contact.PhoneNumber.ShouldBeNull();
        contact.Email.ShouldBe("an@example.com");
        contact.CitizenId.ShouldBeNull();
    }

    [Test]
    public void ShouldKeepATrimmedCitizenIdWhenGiven() =>
        new FeedbackContact("Nguyễn Văn An", "0912345678", "an@example.com", " 056090001234 ").CitizenId.ShouldBe("056090001234");

    [Test]
    public void ShouldBeEqualToTheSameContact() =>
        new FeedbackContact("Nguyễn Văn An", "0912345678", null, null).ShouldBe(new FeedbackContact("Nguyễn Văn An", " 0912345678", "", null));
}

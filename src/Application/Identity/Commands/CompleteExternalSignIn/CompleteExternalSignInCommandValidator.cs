using FluentValidation;

namespace OneStop.Application.Identity.Commands.CompleteExternalSignIn;

public sealed class CompleteExternalSignInCommandValidator : AbstractValidator<CompleteExternalSignInCommand>
{
    public CompleteExternalSignInCommandValidator()
    {
        RuleFor(x => x.Code).NotEmpty().MaximumLength(2048);
        RuleFor(x => x.State).NotEmpty().MaximumLength(200);
    }
}

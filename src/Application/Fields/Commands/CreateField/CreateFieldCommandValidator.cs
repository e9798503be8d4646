using FluentValidation;

namespace OneStop.Application.Fields.Commands.CreateField;

public sealed class CreateFieldCommandValidator : AbstractValidator<CreateFieldCommand>
{
    public CreateFieldCommandValidator()
    {
        RuleFor(x => x.Code).NotEmpty().Matches("^[A-Za-z0-9_]{2,20}$").WithMessage("The code is 2 to 20 letters, digits or underscores.");
        RuleFor(x => x.Name).NotEmpty().MaximumLength(300);
    }
}

using FluentValidation;

namespace OneStop.Application.Dossiers.Commands.CompleteTransfer;

public sealed class CompleteTransferCommandValidator : AbstractValidator<CompleteTransferCommand>
{
    public CompleteTransferCommandValidator()
    {
        RuleFor(c => c.Answer).NotEmpty().MaximumLength(4000);
    }
}

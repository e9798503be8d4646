using FluentValidation;
using OneStop.Domain.Dossiers;

namespace OneStop.Application.Dossiers.Commands.ApproveDossier;

public sealed class ApproveDossierCommandValidator : AbstractValidator<ApproveDossierCommand>
{
    public ApproveDossierCommandValidator()
    {
        RuleFor(c => c.Decision).IsInEnum();
        RuleFor(c => c.ResultDocumentId).NotEmpty().When(c => c.Decision == ResultDecision.Approved)
            .WithMessage("An approved result needs the electronic result document (upload it with purpose Result first).");
        RuleFor(c => c.Note).NotEmpty().When(c => c.Decision == ResultDecision.Refused)
            .WithMessage("A refusal states its reasons.");
    }
}

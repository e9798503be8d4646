using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Common.Security;

namespace OneStop.Application.Integrators.Commands.CreateIntegratorClient;

/// <summary>An administrator registers a machine client; its secret is shown once.</summary>
/// <param name="Name">Who the client is, e.g. Cổng Dịch vụ công quốc gia.</param>
/// <param name="Scopes">Among catalogue.read, dossiers.read, dossiers.write, feedback.read, feedback.write.</param>
/// <param name="AgencyIds">The agencies whose dossiers the dossier scopes cover.</param>
public sealed record CreateIntegratorClientCommand(string Name, IReadOnlyList<string> Scopes, IReadOnlyList<Guid> AgencyIds)
    : ICommand<CreatedIntegratorClient>, IAuditedCommand
{
    string IAuditedCommand.AuditAction => "integrator-client.create";
}

public sealed class CreateIntegratorClientCommandHandler(IIntegratorClients clients) : ICommandHandler<CreateIntegratorClientCommand, CreatedIntegratorClient>
{
    public async ValueTask<CreatedIntegratorClient> Handle(CreateIntegratorClientCommand command, CancellationToken cancellationToken) =>
        await clients.CreateAsync(command.Name.Trim(), command.Scopes.Distinct().ToList(), command.AgencyIds.Distinct().ToList(), cancellationToken);
}

public sealed class CreateIntegratorClientCommandValidator : AbstractValidator<CreateIntegratorClientCommand>
{
    public CreateIntegratorClientCommandValidator(IApplicationDbContext db)
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Scopes).NotEmpty();
        RuleForEach(x => x.Scopes).Must(Scopes.All.Contains).WithMessage($"Scopes are among {string.Join(", ", Scopes.All)}.");
        RuleFor(x => x.AgencyIds).NotEmpty().When(x => x.Scopes.Any(Scopes.IsPerAgency))
            .WithMessage("Dossier scopes need the agencies they cover.");
        RuleFor(x => x.AgencyIds)
            .MustAsync(async (ids, ct) =>
            {
                var distinct = ids.Distinct().ToList();
                return await db.Agencies.CountAsync(a => distinct.Contains(a.Id), ct) == distinct.Count;
            })
            .When(x => x.AgencyIds.Count > 0)
            .WithMessage("Every agency must exist.");
    }
}

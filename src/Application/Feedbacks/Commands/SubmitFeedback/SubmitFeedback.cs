using System.Text.Json.Serialization;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneStop.Application.Common.Exceptions;
using OneStop.Application.Common.Files;
using OneStop.Application.Common.Idempotency;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Feedbacks.Common;
using OneStop.Domain.Common;
using OneStop.Domain.Feedbacks;

namespace OneStop.Application.Feedbacks.Commands.SubmitFeedback;

/// <summary>
/// Sends a feedback or petition, signed in or as a guest, with its attachments (PDF, JPEG or PNG, at most 20 MB
/// each). It is routed by the agency it names, or by the province's receiving agency; the receipt carries the code
/// and the key with which a guest follows it up.
/// </summary>
public sealed record SubmitFeedbackCommand(
    string Title,
    string Content,
    FeedbackCategory Category,
    string FullName,
    string? PhoneNumber,
    string? Email,
    string? CitizenId,
    Guid? RelatedAgencyId,
    Guid? RelatedProcedureId,
    string? RelatedDossierCode,
    IReadOnlyList<FeedbackUpload> Attachments) : ICommand<FeedbackReceiptDto>, IIdempotentCommand
{
    [JsonIgnore]
    public string? IdempotencyKey { get; set; }

    bool IIdempotentCommand.GuestsMayRetry => true;
}

/// <summary>An attached file as it arrives; the name and size take part in the idempotency comparison, the bytes do not.</summary>
public sealed record FeedbackUpload(string FileName, long Length, [property: JsonIgnore] Stream Content);

public sealed class SubmitFeedbackCommandHandler(IApplicationDbContext db, FeedbackAccess access, IFileStorage files, IFeedbackCodeGenerator codes,
    ITransactionRunner transactions, IWorkingCalendarSource calendars, IOptions<FeedbackSettings> settings, TimeProvider clock)
    : ICommandHandler<SubmitFeedbackCommand, FeedbackReceiptDto>
{
    public async ValueTask<FeedbackReceiptDto> Handle(SubmitFeedbackCommand command, CancellationToken cancellationToken)
    {
        var receivingAgency = await ReceivingAgencyAsync(command, cancellationToken);
        // Every file is checked before any is stored, so a bad one refuses the whole submission at no cost.
        var uploads = new List<(InspectedUpload Upload, string FileName)>();
        for (var i = 0; i < command.Attachments.Count; i++)
        {
            var attachment = command.Attachments[i];
            uploads.Add((await UploadCheck.InspectAsync(attachment.Content, $"attachments[{i}]", cancellationToken), attachment.FileName));
        }
        var stored = new List<StoredFile>();
        try
        {
            var references = new List<FileReference>();
            foreach (var (upload, fileName) in uploads)
            {
                var file = await files.SaveAsync(upload.Content, upload.ContentType, cancellationToken);
                stored.Add(file);
                var name = Path.GetFileName(fileName.Trim());
                references.Add(new FileReference(name.Length == 0 ? $"attachment{upload.Kind.FileExtension()}" : name, upload.ContentType, file.Length, file.Sha256, file.Key));
            }
            var now = clock.GetUtcNow();
            var calendar = await calendars.GetAsync(cancellationToken);
            var contact = new FeedbackContact(command.FullName, command.PhoneNumber, command.Email, command.CitizenId);
            return await transactions.InTransactionAsync(async token =>
            {
                var code = await codes.NextAsync(DateOnly.FromDateTime(now.ToOffset(calendars.UtcOffset).DateTime), token);
                var feedback = Feedback.Submit(code, command.Title, command.Content, command.Category, contact, access.Submitter(contact.FullName),
                    receivingAgency.Id, new FeedbackReferences(command.RelatedAgencyId, command.RelatedProcedureId, command.RelatedDossierCode?.Trim()),
                    references, now, calendar, settings.Value.Deadlines);
                db.Feedbacks.Add(feedback);
                await db.SaveChangesAsync(token);
                return new FeedbackReceiptDto(feedback.Id, feedback.Code, feedback.ReceivedAt, feedback.AssignDueAt, receivingAgency.Name, access.FollowUpKey(feedback));
            }, cancellationToken);
        }
        catch
        {
            foreach (var file in stored)
            {
                await files.DeleteAsync(file.Key, CancellationToken.None);
            }
            throw;
        }
    }

    /// <summary>The agency the feedback names routes it; without one, the province's receiving agency does.</summary>
    private async Task<(Guid Id, string Name)> ReceivingAgencyAsync(SubmitFeedbackCommand command, CancellationToken cancellationToken)
    {
        var failures = new List<ValidationFailure>();
        if (command.RelatedProcedureId is { } procedure && !await db.Procedures.AnyAsync(p => p.Id == procedure, cancellationToken))
        {
            failures.Add(new(nameof(command.RelatedProcedureId), "No procedure has this id."));
        }
        var code = settings.Value.ReceivingAgencyCode;
        var agency = await db.Agencies
            .Where(a => command.RelatedAgencyId != null ? a.Id == command.RelatedAgencyId : a.Code == code)
            .Select(a => new { a.Id, a.Name }).SingleOrDefaultAsync(cancellationToken);
        if (agency is null)
        {
            failures.Add(command.RelatedAgencyId is null
                ? throw new InvalidOperationException($"Feedback:ReceivingAgencyCode names no agency ({code}).")
                : new ValidationFailure(nameof(command.RelatedAgencyId), "No agency has this id."));
        }
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
        return (agency!.Id, agency.Name);
    }
}

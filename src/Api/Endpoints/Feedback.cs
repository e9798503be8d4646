using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OneStop.Api.Infrastructure;
using OneStop.Application.Common.Files;
using OneStop.Application.Common.Models;
using OneStop.Application.Feedbacks.Commands.ApproveFeedbackAnswer;
using OneStop.Application.Feedbacks.Commands.AssignFeedback;
using OneStop.Application.Feedbacks.Commands.AttachFeedbackAnswerFile;
using OneStop.Application.Feedbacks.Commands.CloseFeedbackNotInScope;
using OneStop.Application.Feedbacks.Commands.DraftFeedbackAnswer;
using OneStop.Application.Feedbacks.Commands.PublishFeedback;
using OneStop.Application.Feedbacks.Commands.RateFeedback;
using OneStop.Application.Feedbacks.Commands.RemoveFeedbackAnswerFile;
using OneStop.Application.Feedbacks.Commands.ReopenFeedback;
using OneStop.Application.Feedbacks.Commands.ReturnFeedbackDraft;
using OneStop.Application.Feedbacks.Commands.SubmitFeedback;
using OneStop.Application.Feedbacks.Commands.TransferFeedback;
using OneStop.Application.Feedbacks.Common;
using OneStop.Application.Feedbacks.Queries.FollowFeedback;
using OneStop.Application.Feedbacks.Queries.GetFeedbackAttachment;
using OneStop.Application.Feedbacks.Queries.GetFeedbackById;
using OneStop.Application.Feedbacks.Queries.GetFeedbackInbox;
using OneStop.Application.Feedbacks.Queries.GetMyFeedback;
using OneStop.Application.Feedbacks.Queries.GetPublishedFeedback;
using OneStop.Application.Feedbacks.Queries.GetPublishedFeedbackList;
using OneStop.Domain.Feedbacks;

namespace OneStop.Api.Endpoints;

/// <summary>
/// Feedback and petitions (PAKN): sent by citizens or guests, routed, transferred, answered, published and rated.
/// Guests follow up with the code and key of their receipt. Writes accept an <c>Idempotency-Key</c> header, and
/// actions carry the <c>version</c> the caller read (a stale one answers 409 with the current feedback).
/// </summary>
public sealed class Feedback : IEndpointGroup
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/feedback").WithTags("Feedback");

        group.MapPost("/", Submit).AllowAnonymous().RequireRateLimiting(RateLimits.GuestWritesPerAddress).DisableAntiforgery()
            .WithSummary("Send a feedback, signed in or as a guest, with up to 5 attachments (PDF, JPEG or PNG, at most 20 MB each); the receipt holds the code and the follow-up key")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapGet("/public", GetPublished).AllowAnonymous()
            .WithSummary("Published feedback with their answers, personal data hidden; search and the answered filter").ProducesValidationProblem();
        group.MapGet("/public/{code}", GetPublishedOne).AllowAnonymous()
            .WithSummary("One published feedback with its answer, personal data hidden").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/public/{code}/attachments/{attachmentId:guid}", DownloadPublished).AllowAnonymous()
            .WithSummary("Download a file of a published answer").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/follow/{code}", Follow).AllowAnonymous().RequireRateLimiting(RateLimits.TrackingPerAddress)
            .WithSummary("The submitter's view of a feedback by its code and the key of the receipt; a wrong key answers like an unknown code")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapGet("/mine", GetMine).RequireAuthorization(Policies.SignedIn).WithSummary("The feedback the signed-in person sent, newest first")
            .ProducesValidationProblem();
        group.MapGet("/inbox", GetInbox).RequireAuthorization(Policies.Officer)
            .WithSummary("The officer's agency feedback inbox with filters, newest first, keyset paging").ProducesValidationProblem();
        group.MapGet("/inbox/counts", GetInboxCounts).RequireAuthorization(Policies.Officer)
            .WithSummary("Counts of the agency's feedback by status, due soon, overdue and awaiting approval");
        group.MapGet("/{id:guid}", GetById).RequireAuthorization(Policies.FeedbackReaders)
            .WithSummary("A feedback with its history, answers and the actions open to the caller").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}/attachments/{attachmentId:guid}", Download).AllowAnonymous()
            .WithSummary("Download a file of a feedback: as an officer or its submitter, or with the follow-up key")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/attachments", AttachAnswerFile).RequireAuthorization(Policies.Officer).DisableAntiforgery()
            .WithSummary("Attach a file to the answer being prepared (PDF, JPEG or PNG, at most 20 MB)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{id:guid}/attachments/{attachmentId:guid}", RemoveAnswerFile).RequireAuthorization(Policies.Officer)
            .WithSummary("Remove a file from the answer being prepared").ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        MapAction<AssignFeedbackCommand>(group, "assign", "Classify and route to the competent agency; the answer deadline starts", Policies.Officer);
        MapAction<TransferFeedbackCommand>(group, "transfer", "Transfer to another agency, outside this one's competence, with the reason", Policies.Officer);
        MapAction<CloseFeedbackNotInScopeCommand>(group, "close-not-in-scope", "Close a complaint or denunciation with the reason and where to turn", Policies.Officer);
        MapAction<DraftFeedbackAnswerCommand>(group, "draft-answer", "Write or revise the answer (Processor); it waits for the Leader", Policies.Officer);
        MapAction<ReturnFeedbackDraftCommand>(group, "return-draft", "Send the drafted answer back for revision (Leader)", Policies.Officer);
        MapAction<ApproveFeedbackAnswerCommand>(group, "approve-answer", "Approve the drafted answer (Leader), and publish it at once with publish=true", Policies.Officer);
        MapAction<PublishFeedbackCommand>(group, "publish", "Make the answered feedback public, personal data hidden (Leader)", Policies.Officer);
        MapAction<RateFeedbackCommand>(group, "rate", "The submitter rates the answer, once (a guest sends the follow-up key)", null);
        MapAction<ReopenFeedbackCommand>(group, "reopen", "The submitter reopens the answered feedback, once, within 30 days (a guest sends the follow-up key)", null);
    }

    /// <summary>Maps one action; with no policy it is open to guests holding the follow-up key, and rate-limited.</summary>
    private static void MapAction<TCommand>(RouteGroupBuilder group, string action, string summary, string? policy)
        where TCommand : IFeedbackTransitionCommand
    {
        var endpoint = group.MapRecordAction<TCommand, FeedbackDetailDto>(action, $"Feedback-{action}", summary);
        if (policy is null)
        {
            endpoint.AllowAnonymous().RequireRateLimiting(RateLimits.GuestWritesPerAddress);
        }
        else
        {
            endpoint.RequireAuthorization(policy);
        }
    }

    /// <param name="sender">The mediator.</param>
    /// <param name="form">The feedback's fields.</param>
    /// <param name="attachments">Up to 5 files; their type is read from their content.</param>
    /// <param name="idempotencyKey">A retry with the same key returns the first receipt.</param>
    /// <param name="cancellationToken">Cancels the submission.</param>
    private static async Task<Created<FeedbackReceiptDto>> Submit(ISender sender, [FromForm] FeedbackForm form, IFormFileCollection? attachments,
        [FromHeader(Name = Headers.IdempotencyKey)] string? idempotencyKey, CancellationToken cancellationToken)
    {
        var files = attachments ?? new FormFileCollection();
        var streams = files.Select(file => file.OpenReadStream()).ToList();
        try
        {
            var command = new SubmitFeedbackCommand(form.Title ?? "", form.Content ?? "", form.Category ?? 0, form.FullName ?? "", form.PhoneNumber, form.Email,
                form.CitizenId, form.RelatedAgencyId, form.RelatedProcedureId, form.RelatedDossierCode,
                files.Select((file, index) => new FeedbackUpload(file.FileName, file.Length, streams[index])).ToList())
            {
                IdempotencyKey = idempotencyKey,
            };
            var receipt = await sender.Send(command, cancellationToken);
            return TypedResults.Created($"/api/feedback/{receipt.Id}", receipt);
        }
        finally
        {
            foreach (var stream in streams)
            {
                await stream.DisposeAsync();
            }
        }
    }

    private static async Task<Ok<KeysetPage<PublicFeedbackSummaryDto>>> GetPublished(ISender sender, [AsParameters] GetPublishedFeedbackListQuery query,
        CancellationToken cancellationToken) => TypedResults.Ok(await sender.Send(query, cancellationToken));

    private static async Task<Ok<PublicFeedbackDto>> GetPublishedOne(ISender sender, string code, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetPublishedFeedbackQuery(code), cancellationToken));

    private static async Task<FileStreamHttpResult> DownloadPublished(ISender sender, string code, Guid attachmentId, CancellationToken cancellationToken) =>
        File(await sender.Send(new GetPublishedFeedbackAttachmentQuery(code, attachmentId), cancellationToken));

    private static async Task<Ok<FeedbackDetailDto>> Follow(ISender sender, string code, [FromQuery] string key, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new FollowFeedbackQuery(code, key), cancellationToken));

    private static async Task<Ok<KeysetPage<FeedbackSummaryDto>>> GetMine(ISender sender, [AsParameters] GetMyFeedbackQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));

    private static async Task<Ok<KeysetPage<FeedbackSummaryDto>>> GetInbox(ISender sender, [AsParameters] GetFeedbackInboxQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));

    private static async Task<Ok<FeedbackInboxCountsDto>> GetInboxCounts(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetFeedbackInboxCountsQuery(), cancellationToken));

    private static async Task<Ok<FeedbackDetailDto>> GetById(ISender sender, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetFeedbackByIdQuery(id), cancellationToken));

    private static async Task<FileStreamHttpResult> Download(ISender sender, Guid id, Guid attachmentId, [FromQuery] string? key, CancellationToken cancellationToken) =>
        File(await sender.Send(new GetFeedbackAttachmentQuery(id, attachmentId, key), cancellationToken));

    private static async Task<Created<FeedbackAttachmentDto>> AttachAnswerFile(ISender sender, Guid id, IFormFile file, CancellationToken cancellationToken)
    {
        await using var content = file.OpenReadStream();
        var attachment = await sender.Send(new AttachFeedbackAnswerFileCommand(id, file.FileName, content), cancellationToken);
        return TypedResults.Created($"/api/feedback/{id}/attachments/{attachment.Id}", attachment);
    }

    private static async Task<NoContent> RemoveAnswerFile(ISender sender, Guid id, Guid attachmentId, CancellationToken cancellationToken)
    {
        await sender.Send(new RemoveFeedbackAnswerFileCommand(id, attachmentId), cancellationToken);
        return TypedResults.NoContent();
    }

    private static FileStreamHttpResult File(DocumentContent document) => TypedResults.File(document.Content, document.ContentType, document.FileName);
}

/// <summary>
/// The fields of a feedback sent as multipart form data. Every field is optional here, so that a missing one is
/// answered by the validator, field by field, rather than by the form binder.
/// </summary>
public sealed class FeedbackForm
{
    /// <summary>A short title.</summary>
    public string? Title { get; init; }

    /// <summary>What the feedback is about.</summary>
    public string? Content { get; init; }

    /// <summary>RegulationsAndProcedures or OfficerConduct.</summary>
    public FeedbackCategory? Category { get; init; }

    /// <summary>The submitter's name.</summary>
    public string? FullName { get; init; }

    /// <summary>A Vietnamese mobile number; this or the e-mail is required.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>An e-mail address; this or the phone number is required.</summary>
    public string? Email { get; init; }

    /// <summary>The 12-digit citizen ID, optional.</summary>
    public string? CitizenId { get; init; }

    /// <summary>The agency it concerns, which then routes it.</summary>
    public Guid? RelatedAgencyId { get; init; }

    /// <summary>The procedure it concerns.</summary>
    public Guid? RelatedProcedureId { get; init; }

    /// <summary>The dossier it concerns.</summary>
    public string? RelatedDossierCode { get; init; }
}

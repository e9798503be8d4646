using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OneStop.Api.Infrastructure;
using OneStop.Application.Common.Models;
using OneStop.Application.Dossiers.Commands.ApproveDossier;
using OneStop.Application.Dossiers.Commands.AssignDossier;
using OneStop.Application.Dossiers.Commands.CompleteTransfer;
using OneStop.Application.Dossiers.Commands.ConfirmPayment;
using OneStop.Application.Dossiers.Commands.CreateDossier;
using OneStop.Application.Dossiers.Commands.ForwardDossier;
using OneStop.Application.Dossiers.Commands.IssueApology;
using OneStop.Application.Dossiers.Commands.ProvideSupplement;
using OneStop.Application.Dossiers.Commands.ReceiveDossier;
using OneStop.Application.Dossiers.Commands.RefuseDossier;
using OneStop.Application.Dossiers.Commands.RemoveDossierDocument;
using OneStop.Application.Dossiers.Commands.RequestPayment;
using OneStop.Application.Dossiers.Commands.RequestSupplement;
using OneStop.Application.Dossiers.Commands.ReturnResult;
using OneStop.Application.Dossiers.Commands.SendBackDossier;
using OneStop.Application.Dossiers.Commands.StartProcessing;
using OneStop.Application.Dossiers.Commands.StopDossier;
using OneStop.Application.Dossiers.Commands.SubmitDossier;
using OneStop.Application.Dossiers.Commands.TransferDossier;
using OneStop.Application.Dossiers.Commands.UploadDossierDocument;
using OneStop.Application.Dossiers.Commands.WithdrawDossier;
using OneStop.Application.Dossiers.Common;
using OneStop.Application.Dossiers.Queries.GetDossierById;
using OneStop.Application.Dossiers.Queries.GetDossierDocument;
using OneStop.Application.Dossiers.Queries.GetDossierForm;
using OneStop.Application.Dossiers.Queries.GetDossierInbox;
using OneStop.Application.Dossiers.Queries.GetMyDossiers;
using OneStop.Application.Dossiers.Queries.TrackDossier;
using OneStop.Domain.Dossiers;

namespace OneStop.Api.Endpoints;

/// <summary>
/// Dossiers from draft to returned result. Every write accepts an <c>Idempotency-Key</c> header (a retry returns the
/// first response; the same key with another body answers 422), and every action carries the <c>version</c> the
/// caller read (a stale one answers 409 with the current dossier).
/// </summary>
public sealed class Dossiers : IEndpointGroup
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/dossiers").WithTags("Dossiers");

        group.MapGet("/track/{code}", Track).AllowAnonymous().RequireRateLimiting(RateLimits.TrackingPerAddress)
            .WithSummary("Public look-up by dossier code and the applicant's ID number or phone: status, due date and timeline, no personal data")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapGet("/mine", GetMine).RequireAuthorization(Policies.SignedIn).WithSummary("The applicant's own dossiers, drafts included, newest first");
        group.MapGet("/inbox", GetInbox).RequireAuthorization(Policies.Officer)
            .WithSummary("The officer's agency inbox with filters, newest first, keyset paging").ProducesValidationProblem();
        group.MapGet("/inbox/counts", GetInboxCounts).RequireAuthorization(Policies.Officer)
            .WithSummary("Counts of the agency's dossiers by status, due soon, overdue and open transfers");
        group.MapPost("/", Create).RequireAuthorization(Policies.SignedIn)
            .WithSummary("Start a dossier (a draft, or submitted at once with submit=true)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/{id:guid}", GetById).RequireAuthorization(Policies.DossierReaders)
            .WithSummary("A dossier with its documents, process, history and the actions open to the caller").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/documents", Upload).RequireAuthorization(Policies.SignedIn).DisableAntiforgery()
            .WithSummary("Upload one file (PDF, JPEG or PNG, at most 20 MB): a component of a draft, a supplement, an attachment or the result")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        group.MapDelete("/{id:guid}/documents/{documentId:guid}", RemoveDocument).RequireAuthorization(Policies.SignedIn)
            .WithSummary("Remove a file from a draft").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id:guid}/documents/{documentId:guid}", Download).RequireAuthorization(Policies.DossierReaders)
            .WithSummary("Download a file of the dossier (the electronic result among them)").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}/forms/{form}", GetForm).RequireAuthorization(Policies.DossierReaders)
            .WithSummary("A form of the dossier as PDF: Receipt (01), SupplementRequest (02), Refusal (03), Apology (04), StopNotice (05), ControlSlip (06)")
            .ProducesProblem(StatusCodes.Status404NotFound);

        MapAction<SubmitDossierCommand>(group, "submit", "Submit a draft whose required documents are all uploaded; it gets its code");
        MapAction<ReceiveDossierCommand>(group, "receive", "Receive a complete dossier (Form 01): the clock starts");
        MapAction<RefuseDossierCommand>(group, "refuse", "Refuse to receive, with reasons (Form 03)");
        MapAction<RequestSupplementCommand>(group, "request-supplement", "Ask for missing documents (Form 02); during processing the clock pauses");
        MapAction<ProvideSupplementCommand>(group, "provide-supplement", "Hand in the uploaded supplement; the clock resumes");
        MapAction<StartProcessingCommand>(group, "start-processing", "Take a received dossier into processing");
        MapAction<AssignDossierCommand>(group, "assign", "Hand the current step to another officer of the agency");
        MapAction<ForwardDossierCommand>(group, "forward", "Complete the current step and move to the next one");
        MapAction<SendBackDossierCommand>(group, "send-back", "Return the dossier to the previous step");
        MapAction<TransferDossierCommand>(group, "transfer", "Send part of the work to another agency as a sub-dossier");
        MapAction<CompleteTransferCommand>(group, "complete-transfer", "Answer a sub-dossier sent to the caller's agency");
        MapAction<RequestPaymentCommand>(group, "request-payment", "Ask for the fee; the clock pauses");
        MapAction<ConfirmPaymentCommand>(group, "confirm-payment", "Record a fee paid in cash");
        MapAction<IssueApologyCommand>(group, "issue-apology", "Apologise before the dossier is late, with a new appointment (Form 04)");
        MapAction<ApproveDossierCommand>(group, "approve", "Sign the result: approve with the result document, or refuse with reasons");
        MapAction<StopDossierCommand>(group, "stop", "Stop processing with reasons (Form 05)");
        MapAction<WithdrawDossierCommand>(group, "withdraw", "The applicant withdraws the dossier");
        MapAction<ReturnResultCommand>(group, "return-result", "Hand the result over at the counter, by post or online");
    }

    private static void MapAction<TCommand>(RouteGroupBuilder group, string action, string summary)
        where TCommand : IDossierTransitionCommand =>
        group.MapRecordAction<TCommand, DossierDetailDto>(action, $"Dossier-{action}", summary).RequireAuthorization(Policies.SignedIn);

    private static async Task<Ok<DossierTrackingDto>> Track(ISender sender, string code, [FromQuery] string identity, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new TrackDossierQuery(code, identity), cancellationToken));

    private static async Task<Ok<KeysetPage<DossierSummaryDto>>> GetMine(ISender sender, [AsParameters] GetMyDossiersQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));

    private static async Task<Ok<KeysetPage<DossierSummaryDto>>> GetInbox(ISender sender, [AsParameters] GetDossierInboxQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));

    private static async Task<Ok<DossierInboxCountsDto>> GetInboxCounts(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetDossierInboxCountsQuery(), cancellationToken));

    private static async Task<Created<DossierDetailDto>> Create(ISender sender, CreateDossierCommand command,
        [FromHeader(Name = Headers.IdempotencyKey)] string? idempotencyKey, CancellationToken cancellationToken)
    {
        command.IdempotencyKey = idempotencyKey;
        var dossier = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/dossiers/{dossier.Id}", dossier);
    }

    private static async Task<Ok<DossierDetailDto>> GetById(ISender sender, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetDossierByIdQuery(id), cancellationToken));

    /// <param name="sender">The mediator.</param>
    /// <param name="id">The dossier.</param>
    /// <param name="file">The file; its type is read from its content.</param>
    /// <param name="purpose">Component, Supplement, Attachment or Result.</param>
    /// <param name="requiredDocumentIndex">For a component or supplement: which required document it is.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    private static async Task<Created<DossierDocumentDto>> Upload(ISender sender, Guid id, IFormFile file, [FromForm] DocumentPurpose purpose,
        [FromForm] int? requiredDocumentIndex, CancellationToken cancellationToken)
    {
        await using var content = file.OpenReadStream();
        var document = await sender.Send(new UploadDossierDocumentCommand(id, purpose, requiredDocumentIndex, file.FileName, content), cancellationToken);
        return TypedResults.Created($"/api/dossiers/{id}/documents/{document.Id}", document);
    }

    private static async Task<NoContent> RemoveDocument(ISender sender, Guid id, Guid documentId, CancellationToken cancellationToken)
    {
        await sender.Send(new RemoveDossierDocumentCommand(id, documentId), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<FileStreamHttpResult> Download(ISender sender, Guid id, Guid documentId, CancellationToken cancellationToken)
    {
        var document = await sender.Send(new GetDossierDocumentQuery(id, documentId), cancellationToken);
        return TypedResults.File(document.Content, document.ContentType, document.FileName);
    }

    private static async Task<FileContentHttpResult> GetForm(ISender sender, HttpRequest request, Guid id, DossierForm form, CancellationToken cancellationToken)
    {
        var pdf = await sender.Send(new GetDossierFormQuery(id, form, SpaUrl(request, "track"), SpaUrl(request, "rate")), cancellationToken);
        return TypedResults.File(pdf, "application/pdf", $"mau-{(int)form:D2}-{id}.pdf");
    }

    /// <summary>A public page of the SPA on the host the caller used.</summary>
    private static string SpaUrl(HttpRequest request, string page) => $"{request.Scheme}://{request.Host}/{page}";
}

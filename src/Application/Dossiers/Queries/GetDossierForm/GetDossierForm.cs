using Mediator;
using OneStop.Application.Common.Exceptions;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Common.Printing;
using OneStop.Application.Dossiers.Common;

namespace OneStop.Application.Dossiers.Queries.GetDossierForm;

/// <summary>One of the dossier's forms as a PDF, with the dossier code and a QR code to the public tracking page.</summary>
/// <param name="Id">The dossier.</param>
/// <param name="Form">Which form (01–06).</param>
/// <param name="TrackingUrl">The public tracking page of this dossier, encoded in the QR code.</param>
/// <param name="RatingUrl">The public rating page, printed on the receipt beside the dossier's one-time rating token.</param>
public sealed record GetDossierFormQuery(Guid Id, DossierForm Form, string TrackingUrl, string RatingUrl) : IQuery<byte[]>;

public sealed class GetDossierFormQueryHandler(DossierAccess access, DossierReader reader, IPrintedFormRenderer renderer,
    IWorkingCalendarSource calendars, IAccessKeys keys, TimeProvider clock) : IQueryHandler<GetDossierFormQuery, byte[]>
{
    public async ValueTask<byte[]> Handle(GetDossierFormQuery query, CancellationToken cancellationToken)
    {
        var dossier = await access.LoadAsync(query.Id, cancellationToken);
        var names = (await reader.AgenciesOfAsync(dossier, cancellationToken)).ToDictionary(a => a.Key, a => a.Value.Name);
        var form = DossierFormComposer.Compose(dossier, query.Form, new DossierFormContext(names, calendars.UtcOffset,
                query.TrackingUrl, clock.GetUtcNow(), query.RatingUrl, keys.Issue(AccessKeyPurposes.DossierRating, dossier.Id)))
            ?? throw new NotFoundException($"Form {(int)query.Form:D2} of dossier", query.Id);
        return renderer.RenderPdf(form);
    }
}

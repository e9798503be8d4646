using OneStop.Domain.Common;

namespace OneStop.Domain.Dossiers.Exceptions;

/// <summary>A dossier rule other than the transition table: missing documents, an open transfer, an unpaid fee, …</summary>
public sealed class DossierRuleException(string rule, string message) : DomainException(rule, message)
{
    public static DossierRuleException MissingDocuments(IEnumerable<string> names) => new("missing-required-documents",
        $"These required documents have no file yet: {string.Join("; ", names)}.");

    public static DossierRuleException OpenTransfers() => new("open-sub-dossiers",
        "Another agency still holds part of this dossier; its sub-dossier must be completed first.");

    public static DossierRuleException FeeUnpaid() => new("fee-unpaid", "The fee must be paid before the result is returned.");

    public static DossierRuleException ApologyAfterDue() => new("apology-after-due",
        "An apology with a new appointment is issued before the dossier is due; this one is already late.");

    public static DossierRuleException AppointmentNotLater() => new("appointment-not-later",
        "The new appointment must be later than the current one.");

    public static DossierRuleException NoFurtherStep(string direction) => new("no-further-step",
        $"The dossier has no {direction} step in its process.");

    public static DossierRuleException DocumentNotAllowed(DossierStatus status, DocumentPurpose purpose) => new("document-not-allowed",
        $"A {purpose} document cannot be added while the dossier is {status}.");

    public static DossierRuleException UnknownDocument(Guid id) => new("unknown-document", $"The dossier has no document {id}.");

    public static DossierRuleException ResultDocumentMissing() => new("result-document-missing",
        "An approved result needs its electronic result document attached.");

    public static DossierRuleException TransferToSelf() => new("transfer-to-own-agency",
        "A sub-dossier is sent to another agency, not to the one holding the dossier.");

    public static DossierRuleException ChannelNotAllowed(DossierChannel channel) => new("channel-not-allowed",
        $"The {channel} channel is not open to you: applicants submit online, receptionists at the counter or by post.");
}

namespace OneStop.Domain.Dossiers;

/// <summary>Every verb of the dossier state machine; <see cref="DossierWorkflow"/> says from where and by whom each may run.</summary>
public enum DossierAction
{
    Submit = 1,
    Receive = 2,
    Refuse = 3,
    RequestSupplement = 4,
    ProvideSupplement = 5,
    StartProcessing = 6,
    Assign = 7,
    Forward = 8,
    SendBack = 9,
    Transfer = 10,
    CompleteTransfer = 11,
    RequestPayment = 12,
    ConfirmPayment = 13,
    IssueApology = 14,
    Approve = 15,
    Stop = 16,
    Withdraw = 17,
    ReturnResult = 18,
}

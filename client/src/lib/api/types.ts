/**
 * The one place where generated OpenAPI schema names are mapped to the names used in the SPA.
 * If the backend renames a schema, fix it here. Never hand-write API shapes.
 */
import type { components, paths } from './schema';

type Schemas = components['schemas'];

export type ApiPaths = paths;

export type AgencyLevel = Schemas['AgencyLevel'];
export type OnlineServiceLevel = Schemas['OnlineServiceLevel'];
export type ProcessingTimeUnit = Schemas['ProcessingTimeUnit'];
export type DocumentForm = Schemas['DocumentForm'];
export type ProcedureStatus = Schemas['ProcedureStatus'];

export type ProcessingTime = Schemas['ProcessingTimeDto'];
export type Fee = Schemas['FeeDto'];
export type RequiredDocument = Schemas['RequiredDocumentDto'];
export type ProcedureCase = Schemas['ProcedureCaseDto'];
export type Field = Schemas['FieldDto'];
export type Agency = Schemas['AgencyDto'];
export type AgencyRef = Schemas['AgencyRefDto'];
export type ProcedureSummary = Schemas['ProcedureSummaryDto'];
export type ProcedureSummaryPage = Schemas['PaginatedListOfProcedureSummaryDto'];
export type ProcedureDetail = Schemas['ProcedureDetailDto'];
export type ProcedureVersion = Schemas['ProcedureVersionDto'];
export type ProblemDetails = Schemas['ProblemDetails'];
export type ValidationProblemDetails = Schemas['HttpValidationProblemDetails'];

export type RegisterRequest = Schemas['RegisterCitizenCommand'];
export type RegisteredAccount = Schemas['RegisteredAccountDto'];
export type SignInRequest = Schemas['SignInCommand'];
export type TokenPair = Schemas['TokenPairDto'];
export type Account = Schemas['AccountDto'];
export type RegisterOrganisationRequest = Schemas['RegisterOrganisationCommand'];
export type ExternalSignIn = Schemas['ExternalSignInDto'];
export type ExternalAuthorization = Schemas['ExternalAuthorizationDto'];
export type CompleteExternalSignInRequest = Schemas['CompleteExternalSignInCommand'];

export type ProceduresQuery = NonNullable<paths['/api/procedures']['get']['parameters']['query']>;

// Runtime lists of the string enums, in display order. A Record keyed by the generated union
// makes the compiler reject a missing or an unknown member when the contract changes.
const agencyLevelOrder: Record<AgencyLevel, number> = { Province: 0, Department: 1, Commune: 2, Unit: 3 };
const onlineLevelOrder: Record<OnlineServiceLevel, number> = { FullOnline: 0, PartialOnline: 1, None: 2 };

const keysInOrder = <T extends string>(order: Record<T, number>): readonly T[] =>
  (Object.keys(order) as T[]).sort((a, b) => order[a] - order[b]);

export const agencyLevels = keysInOrder(agencyLevelOrder);
export const onlineServiceLevels = keysInOrder(onlineLevelOrder);

export const isAgencyLevel = (value: string): value is AgencyLevel =>
  (agencyLevels as readonly string[]).includes(value);
export const isOnlineServiceLevel = (value: string): value is OnlineServiceLevel =>
  (onlineServiceLevels as readonly string[]).includes(value);

export type Officer = Schemas['OfficerDto'];
export type Colleague = Schemas['ColleagueDto'];
export type CreateOfficerRequest = Schemas['CreateOfficerCommand'];
export type CreatedOfficer = Schemas['CreatedOfficer'];
export type OfficersQuery = NonNullable<paths['/api/officers']['get']['parameters']['query']>;
export type ChangeOfficerRolesRequest = Schemas['ChangeOfficerRolesCommand'];

export type AuditEntry = Schemas['AuditEntryDto'];
export type AuditEntryPage = Schemas['PaginatedListOfAuditEntryDto'];
export type AuditQuery = NonNullable<paths['/api/audit']['get']['parameters']['query']>;

export type IntegratorClient = Schemas['IntegratorClientDto'];
export type CreateIntegratorClientRequest = Schemas['CreateIntegratorClientCommand'];
export type CreatedIntegratorClient = Schemas['CreatedIntegratorClient'];

export type DossierStatus = Schemas['DossierStatus'];
export type DossierAction = Schemas['DossierAction'];
export type DossierChannel = Schemas['DossierChannel'];
export type DocumentPurpose = Schemas['DocumentPurpose'];
export type ApplicantKind = Schemas['ApplicantKind'];
export type ResultDecision = Schemas['ResultDecision'];
export type DeliveryMethod = Schemas['DeliveryMethod'];
export type PaymentStatus = Schemas['PaymentStatus'];
export type Timeliness = Schemas['Timeliness'];
export type DossierForm = Schemas['DossierForm'];
export type ApplicantInput = Schemas['ApplicantInput'];
export type CreateDossierRequest = Schemas['CreateDossierCommand'];
export type DossierDetail = Schemas['DossierDetailDto'];
export type DossierDocument = Schemas['DossierDocumentDto'];
export type DossierHistoryEntry = Schemas['DossierHistoryEntryDto'];
export type DossierStep = Schemas['DossierStepDto'];
export type SubDossier = Schemas['SubDossierDto'];
export type DossierSummary = Schemas['DossierSummaryDto'];
export type DossierSummaryPage = Schemas['KeysetPageOfDossierSummaryDto'];
export type DossierInboxCounts = Schemas['DossierInboxCountsDto'];
export type DossierTracking = Schemas['DossierTrackingDto'];
export type WorkingCalendarYear = Schemas['WorkingCalendarYearDto'];
export type SaveWorkingCalendarYearRequest = Schemas['SaveWorkingCalendarYearCommand'];

export type FeedbackStatus = Schemas['FeedbackStatus'];
export type FeedbackCategory = Schemas['FeedbackCategory'];
export type FeedbackAction = Schemas['FeedbackAction'];
export type FeedbackDetail = Schemas['FeedbackDetailDto'];
export type FeedbackAnswer = Schemas['FeedbackAnswerDto'];
export type FeedbackAttachment = Schemas['FeedbackAttachmentDto'];
export type FeedbackHistoryEntry = Schemas['FeedbackHistoryDto'];
export type FeedbackSummary = Schemas['FeedbackSummaryDto'];
export type FeedbackSummaryPage = Schemas['KeysetPageOfFeedbackSummaryDto'];
export type FeedbackInboxCounts = Schemas['FeedbackInboxCountsDto'];
export type FeedbackInboxQuery = NonNullable<paths['/api/feedback/inbox']['get']['parameters']['query']>;
export type FeedbackReceipt = Schemas['FeedbackReceiptDto'];
export type FeedbackFormFields = Schemas['FeedbackForm'];
export type PublicFeedback = Schemas['PublicFeedbackDto'];
export type PublicFeedbackSummary = Schemas['PublicFeedbackSummaryDto'];
export type PublicFeedbackPage = Schemas['KeysetPageOfPublicFeedbackSummaryDto'];
export type PublicFeedbackQuery = NonNullable<paths['/api/feedback/public']['get']['parameters']['query']>;

export type SatisfactionLevel = Schemas['SatisfactionLevel'];
export type DossierRating = Schemas['DossierRatingDto'];
export type RateDossierRequest = Schemas['RateDossierCommand'];
export type RateDossierWithTokenRequest = Schemas['RateDossierWithTokenCommand'];
export type RatingInvitation = Schemas['RatingInvitationDto'];

const feedbackStatusOrder: Record<FeedbackStatus, number> = {
  Received: 0,
  Assigned: 1,
  Transferred: 2,
  Answered: 3,
  Published: 4,
  NotInScope: 5,
};
const feedbackCategoryOrder: Record<FeedbackCategory, number> = { RegulationsAndProcedures: 0, OfficerConduct: 1 };
const satisfactionLevelOrder: Record<SatisfactionLevel, number> = { VerySatisfied: 0, Satisfied: 1, Dissatisfied: 2 };

export const feedbackStatuses = keysInOrder(feedbackStatusOrder);
export const feedbackCategories = keysInOrder(feedbackCategoryOrder);
/** Best first, as a rating form lists them. */
export const satisfactionLevels = keysInOrder(satisfactionLevelOrder);

export const isFeedbackStatus = (value: string): value is FeedbackStatus =>
  (feedbackStatuses as readonly string[]).includes(value);
export const isFeedbackCategory = (value: string): value is FeedbackCategory =>
  (feedbackCategories as readonly string[]).includes(value);

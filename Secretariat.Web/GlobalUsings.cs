// What nearly every feature uses: the shared kernel (Actor, StepBy, Roles, Refusal, Decision, Decided, CommandResult, Policies,
// the document register), the stored files and their upload reader, the store and the message bus, page rendering and the
// town's clock, the signed-in user (Accounts) and the roster and member units every record refers to (Roster).
global using Marten;
global using Secretariat.Web.Features.Accounts;
global using Secretariat.Web.Features.Roster;
global using Secretariat.Web.Infrastructure.Files;
global using Secretariat.Web.Infrastructure.Kernel;
global using Secretariat.Web.Infrastructure.Time;
global using Secretariat.Web.Infrastructure.Web;
global using Wolverine;
global using Wolverine.Marten;
global using Secretariat.Web.Features.Towns;
global using Secretariat.Web.Infrastructure.Tenancy;

// The shared kernel (Actor, StepBy, Roles, Refusal, Decision, CommandResult, Policies): every feature uses it.
global using Secretariat.Web.Infrastructure.Kernel;

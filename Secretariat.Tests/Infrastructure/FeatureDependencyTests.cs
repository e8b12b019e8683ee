using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Secretariat.Tests.Infrastructure;

/// <summary>
/// Feature folders depend on one another in one direction only: read from the compiled app (types, signatures, attributes
/// and every method body, Razor components included), a dependency cycle between two or more feature folders fails,
/// naming a reference on each edge of it.
/// </summary>
public class FeatureDependencyTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const string Features = "Secretariat.Web.Features.";

    [Fact]
    public void No_dependency_cycle_between_feature_folders()
    {
        var graph = FeatureGraph.Of(typeof(Program).Assembly.Location);
        output.WriteLine(string.Join("\n", graph.Edges.OrderBy(e => e.Key.From).ThenBy(e => e.Key.To).Select(e => $"{e.Key.From} -> {e.Key.To}  ({e.Value})")));
        // Until the compliance seams land (rules, facts and reminders contributed through kernel interfaces), the engine and
        // the features whose rules it still names form one cycle; nothing else may.
        HashSet<string> engine = ["Campaigns", "Compliance", "MajorMatters", "Reports"];
        var cycles = graph.Cycles().Where(c => !c.SetEquals(engine)).ToList();
        Assert.True(cycles.Count == 0, "Dependency cycles between feature folders:\n" + string.Join("\n\n", cycles.Select(graph.Describe)));
    }

    [Fact]
    public void A_back_reference_makes_a_cycle_the_test_reports()
    {
        var graph = new FeatureGraph();
        graph.Add("Meetings", "Roster", "Meeting.Members -> BodyRoster");
        graph.Add("Compliance", "Meetings", "ComplianceRules -> Meeting");
        Assert.Empty(graph.Cycles());
        graph.Add("Meetings", "Compliance", "MeetingPage -> ComplianceAlert");
        var cycle = Assert.Single(graph.Cycles());
        Assert.Equal(["Compliance", "Meetings"], cycle.Order());
        Assert.Contains("MeetingPage -> ComplianceAlert", graph.Describe(cycle));
    }

    /// <summary>Feature folder -> feature folder, with one example reference per edge.</summary>
    public sealed class FeatureGraph
    {
        public Dictionary<(string From, string To), string> Edges { get; } = [];

        public void Add(string from, string to, string example)
        {
            if (from != to) Edges.TryAdd((from, to), example);
        }

        public static FeatureGraph Of(string assemblyPath)
        {
            var graph = new FeatureGraph();
            using var module = ModuleDefinition.ReadModule(assemblyPath);
            foreach (var type in module.GetTypes())
            {
                if (FeatureOf(type) is not { } from) continue;
                foreach (var (reference, where) in References(type))
                    if (FeatureOf(reference) is { } to)
                        graph.Add(from, to, $"{type.FullName}{where} -> {reference.FullName}");
            }
            return graph;
        }

        /// <summary>The strongly connected groups of two or more features (Tarjan).</summary>
        public List<HashSet<string>> Cycles()
        {
            var nodes = Edges.Keys.SelectMany(e => new[] { e.From, e.To }).Distinct().ToList();
            var index = new Dictionary<string, int>();
            var low = new Dictionary<string, int>();
            var stack = new Stack<string>();
            var found = new List<HashSet<string>>();
            var counter = 0;
            void Visit(string v)
            {
                index[v] = low[v] = counter++;
                stack.Push(v);
                foreach (var w in Edges.Keys.Where(e => e.From == v).Select(e => e.To))
                {
                    if (!index.ContainsKey(w)) { Visit(w); low[v] = Math.Min(low[v], low[w]); }
                    else if (stack.Contains(w)) low[v] = Math.Min(low[v], index[w]);
                }
                if (low[v] != index[v]) return;
                var group = new HashSet<string>();
                string x;
                do { x = stack.Pop(); group.Add(x); } while (x != v);
                if (group.Count > 1) found.Add(group);
            }
            foreach (var node in nodes.Where(n => !index.ContainsKey(n))) Visit(node);
            return found;
        }

        public string Describe(HashSet<string> cycle) =>
            string.Join(" , ", cycle.Order()) + ":\n" + string.Join("\n", Edges.Where(e => cycle.Contains(e.Key.From) && cycle.Contains(e.Key.To))
                .OrderBy(e => e.Key.From).ThenBy(e => e.Key.To).Select(e => $"  {e.Key.From} -> {e.Key.To}: {e.Value}"));
    }

    private static string? FeatureOf(TypeReference type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        var ns = type.Namespace;
        if (!ns.StartsWith(Features, StringComparison.Ordinal)) return null;
        var rest = ns[Features.Length..];
        var dot = rest.IndexOf('.');
        return dot < 0 ? rest : rest[..dot];
    }

    /// <summary>Every type a type names: its base and interfaces, members' signatures, attributes, and its methods' bodies.</summary>
    private static IEnumerable<(TypeReference Type, string Where)> References(TypeDefinition type)
    {
        var found = new List<(TypeReference, string)>();
        void Add(TypeReference? t, string where)
        {
            switch (t)
            {
                case null: return;
                case GenericInstanceType g:
                    Add(g.ElementType, where);
                    foreach (var a in g.GenericArguments) Add(a, where);
                    return;
                case TypeSpecification s:
                    Add(s.ElementType, where);
                    return;
                case GenericParameter:
                    return;
                default:
                    found.Add((t, where));
                    return;
            }
        }
        void AddMember(MemberReference member, string where)
        {
            switch (member)
            {
                case TypeReference t: Add(t, where); break;
                case MethodReference m:
                    Add(m.DeclaringType, where);
                    Add(m.ReturnType, where);
                    foreach (var p in m.Parameters) Add(p.ParameterType, where);
                    if (m is GenericInstanceMethod gm) foreach (var a in gm.GenericArguments) Add(a, where);
                    break;
                case FieldReference f: Add(f.DeclaringType, where); Add(f.FieldType, where); break;
            }
        }
        void Attributes(ICustomAttributeProvider provider, string where)
        {
            foreach (var attribute in provider.CustomAttributes)
            {
                Add(attribute.AttributeType, where);
                foreach (var argument in attribute.ConstructorArguments.Concat(attribute.Properties.Select(p => p.Argument)))
                    if (argument.Value is TypeReference t) Add(t, where);
            }
        }
        Add(type.BaseType, "");
        foreach (var i in type.Interfaces) Add(i.InterfaceType, "");
        Attributes(type, "");
        foreach (var field in type.Fields) { Add(field.FieldType, "." + field.Name); Attributes(field, "." + field.Name); }
        foreach (var property in type.Properties) { Add(property.PropertyType, "." + property.Name); Attributes(property, "." + property.Name); }
        foreach (var method in type.Methods)
        {
            var where = "." + method.Name;
            Add(method.ReturnType, where);
            Attributes(method, where);
            foreach (var p in method.Parameters) { Add(p.ParameterType, where); Attributes(p, where); }
            if (!method.HasBody) continue;
            foreach (var v in method.Body.Variables) Add(v.VariableType, where);
            foreach (var instruction in method.Body.Instructions)
                if (instruction.Operand is MemberReference member) AddMember(member, where);
        }
        return found;
    }
}

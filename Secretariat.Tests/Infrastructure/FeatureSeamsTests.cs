using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Secretariat.Tests.Infrastructure;

/// <summary>
/// Which feature folder names which, read from the compiled code (signatures, attributes, method bodies: a type named anywhere
/// counts, a string does not). A feature contributes to the compliance engine, the daily reminders, the notices and the campaign's
/// record checks through the kernel's interfaces, so the engine and the notifications name no feature beyond the platform's own.
/// </summary>
public class FeatureSeamsTests
{
    public const string Prefix = "Secretariat.Web.Features.";

    /// <summary>The platform features every other one may name (the signed-in account and its town).</summary>
    private static readonly string[] Platform = ["Accounts", "Towns"];

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> Graph =
        new(() => Dependencies(typeof(Secretariat.Web.Composition).Assembly.Location, Prefix));

    /// <summary>Feature (the namespace segment after <paramref name="prefix"/>) → the features it names, each with one example (type → type).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Dependencies(string assemblyPath, string prefix)
    {
        // Attribute arguments of enum types are read by resolving their assemblies: the ones beside the scanned one.
        using var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(Path.GetDirectoryName(assemblyPath)!);
        using var module = ModuleDefinition.ReadModule(assemblyPath, new ReaderParameters { AssemblyResolver = resolver });
        var graph = new Dictionary<string, Dictionary<string, string>>();
        foreach (var type in module.GetTypes())
        {
            if (FeatureOf(type, prefix) is not { } feature) continue;
            var edges = graph.TryGetValue(feature, out var e) ? e : graph[feature] = [];
            foreach (var used in References(type))
                if (FeatureOf(used, prefix) is { } other && other != feature)
                    edges.TryAdd(other, $"{Outer(type).FullName} → {used.FullName}");
        }
        return graph.ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, string>)g.Value);
    }

    private static TypeReference Outer(TypeReference type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return type;
    }

    public static string? FeatureOf(TypeReference type, string prefix)
    {
        var ns = Outer(type.GetElementType()).Namespace;
        return ns.StartsWith(prefix, StringComparison.Ordinal) ? ns[prefix.Length..].Split('.')[0] : null;
    }

    /// <summary>Every type a type names: its base and interfaces, its members' and parameters' types, attributes, locals and IL operands.</summary>
    private static IEnumerable<TypeReference> References(TypeDefinition type)
    {
        var typed = new (TypeReference Type, ICustomAttributeProvider Owner)[] { (type.BaseType, type) }
            .Concat(type.Interfaces.Select(i => (i.InterfaceType, (ICustomAttributeProvider)type)))
            .Concat(type.GenericParameters.SelectMany(p => p.Constraints).Select(c => (c.ConstraintType, (ICustomAttributeProvider)c)))
            .Concat(type.Fields.Select(f => (f.FieldType, (ICustomAttributeProvider)f)))
            .Concat(type.Properties.Select(p => (p.PropertyType, (ICustomAttributeProvider)p)))
            .Concat(type.Methods.Select(m => (m.ReturnType, (ICustomAttributeProvider)m)))
            .Concat(type.Methods.SelectMany(m => m.Parameters).Select(p => (p.ParameterType, (ICustomAttributeProvider)p)));
        var bodies = type.Methods.Where(m => m.HasBody).Select(m => m.Body).ToList();
        return typed.SelectMany(t => Expand(t.Item1).Concat(Attributes(t.Item2)))
            .Concat(bodies.SelectMany(b => b.Variables).SelectMany(v => Expand(v.VariableType)))
            .Concat(bodies.SelectMany(b => b.Instructions).SelectMany(Operand));
    }

    private static IEnumerable<TypeReference> Attributes(ICustomAttributeProvider owner) =>
        owner.HasCustomAttributes
            ? owner.CustomAttributes.SelectMany(a => Expand(a.AttributeType).Concat(a.ConstructorArguments.SelectMany(x => Expand(x.Type))))
            : [];

    private static IEnumerable<TypeReference> Operand(Instruction instruction) => instruction.Operand switch
    {
        TypeReference type => Expand(type),
        GenericInstanceMethod generic => Expand(generic.DeclaringType).Concat(generic.GenericArguments.SelectMany(Expand))
            .Concat(Expand(generic.ReturnType)).Concat(generic.Parameters.SelectMany(p => Expand(p.ParameterType))),
        MethodReference method => Expand(method.DeclaringType).Concat(Expand(method.ReturnType)).Concat(method.Parameters.SelectMany(p => Expand(p.ParameterType))),
        FieldReference field => Expand(field.DeclaringType).Concat(Expand(field.FieldType)),
        _ => []
    };

    private static IEnumerable<TypeReference> Expand(TypeReference? type)
    {
        switch (type)
        {
            case null or GenericParameter: yield break;
            case GenericInstanceType generic:
                foreach (var t in Expand(generic.ElementType)) yield return t;
                foreach (var t in generic.GenericArguments.SelectMany(Expand)) yield return t;
                break;
            case TypeSpecification specification:
                foreach (var t in Expand(specification.ElementType)) yield return t;
                break;
            default:
                yield return type;
                break;
        }
    }

    private static string Describe(string feature, IEnumerable<string> features) =>
        string.Join("\n", features.Select(f => $"{feature} → {f}: {Graph.Value[feature][f]}"));

    [Theory]
    [InlineData("Compliance")]
    [InlineData("Notifications")]
    public void The_engine_and_the_notifications_name_no_feature_but_the_platforms(string feature)
    {
        var named = Graph.Value[feature].Keys.Except(Platform).Order().ToList();
        Assert.True(named.Count == 0, $"{feature} names other features:\n{Describe(feature, named)}");
    }

    [Fact]
    public void The_home_page_and_the_district_overview_are_leaves_nothing_names()
    {
        var naming = Graph.Value.Where(g => g.Value.ContainsKey("Dashboard") || g.Value.ContainsKey("District")).Select(g => g.Key).ToList();
        Assert.True(naming.Count == 0, "Features naming the dashboard or the district overview: " + string.Join(", ", naming));
    }

    /// <summary>
    /// The groups of feature folders that reach one another (strongly connected, Tarjan's algorithm), each as "A → B → A"
    /// with every edge inside it: a cycle of any length, not only a pair naming each other.
    /// </summary>
    public static IReadOnlyList<string> Cycles(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> graph)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var groups = new List<List<string>>();
        IEnumerable<string> Next(string v) => graph.TryGetValue(v, out var edges) ? edges.Keys : [];
        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            foreach (var w in Next(v))
            {
                if (!index.ContainsKey(w)) { Visit(w); low[v] = Math.Min(low[v], low[w]); }
                else if (stack.Contains(w)) low[v] = Math.Min(low[v], index[w]);
            }
            if (low[v] != index[v]) return;
            var group = new List<string>();
            string x;
            do { x = stack.Pop(); group.Add(x); } while (x != v);
            if (group.Count > 1) groups.Add(group);
        }
        foreach (var node in graph.Keys.Concat(graph.Values.SelectMany(e => e.Keys)).Distinct().Order(StringComparer.Ordinal))
            if (!index.ContainsKey(node)) Visit(node);
        return groups.Select(g => string.Join(" ↔ ", g.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public void No_cycle_between_feature_folders()
    {
        var cycles = Cycles(Graph.Value);
        Assert.True(cycles.Count == 0, "Cycles between feature folders:\n" + string.Join("\n\n", cycles.Select(c =>
        {
            var members = c.Split(" ↔ ");
            return c + ":\n" + string.Join("\n", members.Select(a => Describe(a, members.Where(b => Graph.Value.TryGetValue(a, out var e) && e.ContainsKey(b)))));
        })));
    }

    [Fact]
    public void A_name_in_a_lambda_in_a_method_body_is_a_dependency()
    {
        // The probe below: Caller names Target only inside a lambda (a compiler-made closure class), and Target does not name Caller.
        var probe = Dependencies(typeof(FeatureSeamsTests).Assembly.Location, "Secretariat.Tests.Infrastructure.SeamProbe.");
        Assert.Equal("Target", Assert.Single(probe["Caller"].Keys));
        Assert.Empty(probe["Target"]);
        // And in the web: a service asked for in a method body (the report's page asks for the compliance engine), a record's member.
        Assert.Contains("Compliance", Graph.Value["Reports"].Keys);
        Assert.Contains("Meetings", Graph.Value["Dashboard"].Keys);
        // A back reference makes a cycle: Target naming Caller again is reported.
        Assert.Equal(["Caller ↔ Target"], Cycles(new Dictionary<string, IReadOnlyDictionary<string, string>>(probe)
        {
            ["Target"] = new Dictionary<string, string> { ["Caller"] = "Target.Mark → Caller.Uses" }
        }));
        // So does a longer one (A → B → C → A), which no pair of folders shows on its own.
        var ring = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["A"] = new Dictionary<string, string> { ["B"] = "a → b" }, ["B"] = new Dictionary<string, string> { ["C"] = "b → c" },
            ["C"] = new Dictionary<string, string> { ["A"] = "c → a" }, ["D"] = new Dictionary<string, string> { ["A"] = "d → a" }
        };
        Assert.Equal(["A ↔ B ↔ C"], Cycles(ring));
    }
}

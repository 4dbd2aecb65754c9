using ItkBindGen.Binding;
using ItkBindGen.Diagnostics;
using ItkBindGen.Tests.Compilation;

namespace ItkBindGen.Tests.Binding;

/// <summary>
/// The shim's entry points are one namespace of C symbols, named from the module, the class and the member: a module's
/// own calls are numbered past the names its classes took, and two classes whose names meet are reported.
/// </summary>
public sealed class EntryPointTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ibg-entry-points-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_c_api_beside_its_struct_gets_entry_points_of_its_own()
    {
        // M_Sensor_New is the struct's constructor, M_Sensor_ibg_Read_id its field's reader: a C API's own functions of
        // those names, and a variable whose reader meets a function, would define the same symbols again.
        var module = HeaderModule.GenerateAndCompile(_root, "M", """
            #pragma once
            struct Sensor { int id; };
            Sensor * Sensor_New();
            void Sensor_Delete(Sensor * sensor);
            int Sensor_ibg_Read_id(const Sensor * sensor);
            int ibg_Read_level();
            inline int level = 3;
            """, "%newobject Sensor_New;");

        var sensor = module.Classes.Single(c => c.CsName == "Sensor");
        var names = module.Classes.SelectMany(c => c.Calls).Concat(module.Functions).Select(m => m.NativeName).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("M_Sensor_New", sensor.Calls.Select(m => m.NativeName));
        string Native(string csName) => module.Functions.Single(f => f.CsName == csName).NativeName;
        Assert.Equal("M_Sensor_New_1", Native("Sensor_New"));
        Assert.Equal("M_Sensor_ibg_Read_id_1", Native("Sensor_ibg_Read_id"));
        Assert.Equal("M_Sensor_Delete", Native("Sensor_Delete"));
        // The functions come first: the variable's reader is the one numbered.
        Assert.Equal("M_ibg_Read_level", Native("ibg_Read_level"));
        Assert.Equal("M_ibg_Read_level_1", Native("Read_level"));
    }

    [Fact]
    public void Two_classes_whose_entry_points_meet_or_one_and_the_runtime_are_reported()
    {
        File.WriteAllText(Path.Combine(_root, "meet.h"), """
            #pragma once
            struct A { static int B_c(); };
            struct A_B { static int c(); };
            struct ibg { static int Free(); };
            """);
        var diagnostics = new DiagnosticBag();
        HeaderModule.Bind(_root, "Meet", "%module Meet\n%{\n#include \"meet.h\"\n%}\n%include \"meet.h\"\n", diagnostics);

        var errors = diagnostics.Items.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(DiagnosticIds.DuplicateCsName, e.Id));
        Assert.Contains("'Meet_A_B_c' would be both 'A::B_c' (A.B_c) and 'A_B::c' (A_B.c)", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("%rename one of them", errors[0].Message, StringComparison.Ordinal);
        // At the second class's declaration.
        Assert.Equal(("meet.h", 3), (Path.GetFileName(errors[0].Location.File), errors[0].Location.Line));
        // The runtime's own entry points are taken too.
        Assert.Contains("'Meet_ibg_Free' would be both the runtime's own and 'ibg::Free' (ibg.Free)", errors[1].Message, StringComparison.Ordinal);
    }
}

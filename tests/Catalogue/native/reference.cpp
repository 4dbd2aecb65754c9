// The catalogue's C++ reference program: runs every filter of the catalogue's modules (but those the expected-failure
// list names) as the C# runner does and writes what each gave, for the C# side to compare.
//   catalogue_reference <inputs folder> <outputs folder> <expected-failures.txt>
#include "reference.h"

#include <iostream>

void
RunAll(reference::Context & c);

int
main(int argc, char * argv[])
{
  if (argc != 4)
  {
    std::cerr << "usage: catalogue_reference <inputs folder> <outputs folder> <expected-failures.txt>\n";
    return 2;
  }
  std::set<std::string> skipped;
  std::ifstream         list(argv[3]);
  if (!list)
  {
    std::cerr << "catalogue_reference: cannot read " << argv[3] << '\n';
    return 2;
  }
  for (std::string line; std::getline(list, line);)
  {
    if (!line.empty() && line[0] != '#')
    {
      skipped.insert(line.substr(0, line.find(':')));
    }
  }
  reference::Context c(argv[1], argv[2], skipped);
  RunAll(c);
  std::cout << "catalogue_reference: " << c.Ran << " ran, " << c.Failures.size() << " failed\n";
  for (const auto & failure : c.Failures)
  {
    std::cout << "  " << failure << '\n';
  }
  return 0;
}

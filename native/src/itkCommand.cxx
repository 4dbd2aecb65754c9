// Out-of-line members of Command and CStyleCommand.
#include "itkCommand.h"

namespace itk
{
Command::Command() = default;
Command::~Command() = default;

const char *
Command::GetNameOfClass() const
{
  return "Command";
}

CStyleCommand::CStyleCommand() = default;

CStyleCommand::~CStyleCommand()
{
  if (m_ClientDataDeleteCallback)
  {
    m_ClientDataDeleteCallback(m_ClientData);
  }
}

CStyleCommand::Pointer
CStyleCommand::New()
{
  Pointer smartPtr = new CStyleCommand;
  smartPtr->UnRegister();
  return smartPtr;
}

LightObject::Pointer
CStyleCommand::CreateAnother() const
{
  return CStyleCommand::New().GetPointer();
}

const char *
CStyleCommand::GetNameOfClass() const
{
  return "CStyleCommand";
}

void
CStyleCommand::SetClientData(void * cd)
{
  m_ClientData = cd;
}

void
CStyleCommand::SetCallback(FunctionPointer f)
{
  m_Callback = f;
}

void
CStyleCommand::SetConstCallback(ConstFunctionPointer f)
{
  m_ConstCallback = f;
}

void
CStyleCommand::SetClientDataDeleteCallback(DeleteDataFunctionPointer f)
{
  m_ClientDataDeleteCallback = f;
}

void
CStyleCommand::Execute(Object * caller, const EventObject & event)
{
  if (m_Callback)
  {
    m_Callback(caller, event, m_ClientData);
  }
}

void
CStyleCommand::Execute(const Object * caller, const EventObject & event)
{
  if (m_ConstCallback)
  {
    m_ConstCallback(caller, event, m_ClientData);
  }
}
} // namespace itk

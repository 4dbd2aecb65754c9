// Observer callbacks: Command (abstract), MemberCommand<T>, SimpleMemberCommand<T> and CStyleCommand.
#pragma once

#include "itkEventObject.h"
#include "itkObject.h"

namespace itk
{
class ITKBindGenCore_EXPORT Command : public Object
{
public:
  ITK_DISALLOW_COPY_AND_MOVE(Command);

  using Self = Command;
  using Superclass = Object;
  using Pointer = SmartPointer<Self>;
  using ConstPointer = SmartPointer<const Self>;

  const char * GetNameOfClass() const override;

  virtual void Execute(Object * caller, const EventObject & event) = 0;
  virtual void Execute(const Object * caller, const EventObject & event) = 0;

protected:
  Command();
  ~Command() override;
};

template <typename T>
class MemberCommand : public Command
{
public:
  ITK_DISALLOW_COPY_AND_MOVE(MemberCommand);

  using TMemberFunctionPointer = void (T::*)(Object *, const EventObject &);
  using TConstMemberFunctionPointer = void (T::*)(const Object *, const EventObject &);
  using Self = MemberCommand;
  using Superclass = Command;
  using Pointer = SmartPointer<Self>;

  itkNewMacro(Self);
  itkTypeMacro(MemberCommand, Command);

  void SetCallbackFunction(T * object, TMemberFunctionPointer memberFunction)
  {
    m_This = object;
    m_MemberFunction = memberFunction;
  }

  void SetCallbackFunction(T * object, TConstMemberFunctionPointer memberFunction)
  {
    m_This = object;
    m_ConstMemberFunction = memberFunction;
  }

  void Execute(Object * caller, const EventObject & event) override
  {
    if (m_MemberFunction)
    {
      (m_This->*(m_MemberFunction))(caller, event);
    }
  }

  void Execute(const Object * caller, const EventObject & event) override
  {
    if (m_ConstMemberFunction)
    {
      (m_This->*(m_ConstMemberFunction))(caller, event);
    }
  }

protected:
  MemberCommand() = default;
  ~MemberCommand() override = default;

  T * m_This{ nullptr };
  TMemberFunctionPointer m_MemberFunction{ nullptr };
  TConstMemberFunctionPointer m_ConstMemberFunction{ nullptr };
};

template <typename T>
class SimpleMemberCommand : public Command
{
public:
  ITK_DISALLOW_COPY_AND_MOVE(SimpleMemberCommand);

  using TMemberFunctionPointer = void (T::*)();
  using Self = SimpleMemberCommand;
  using Superclass = Command;
  using Pointer = SmartPointer<Self>;

  itkNewMacro(Self);
  itkTypeMacro(SimpleMemberCommand, Command);

  void SetCallbackFunction(T * object, TMemberFunctionPointer memberFunction)
  {
    m_This = object;
    m_MemberFunction = memberFunction;
  }

  void Execute(Object *, const EventObject &) override
  {
    if (m_MemberFunction)
    {
      (m_This->*(m_MemberFunction))();
    }
  }

  void Execute(const Object *, const EventObject &) override
  {
    if (m_MemberFunction)
    {
      (m_This->*(m_MemberFunction))();
    }
  }

protected:
  SimpleMemberCommand() = default;
  ~SimpleMemberCommand() override = default;

  T * m_This{ nullptr };
  TMemberFunctionPointer m_MemberFunction{ nullptr };
};

// Plain C callbacks with an opaque client pointer; foreign-language bindings build on this one.
class ITKBindGenCore_EXPORT CStyleCommand : public Command
{
public:
  ITK_DISALLOW_COPY_AND_MOVE(CStyleCommand);

  using FunctionPointer = void (*)(Object *, const EventObject &, void *);
  using ConstFunctionPointer = void (*)(const Object *, const EventObject &, void *);
  using DeleteDataFunctionPointer = void (*)(void *);
  using Self = CStyleCommand;
  using Superclass = Command;
  using Pointer = SmartPointer<Self>;

  static Pointer New();
  LightObject::Pointer CreateAnother() const override;
  const char * GetNameOfClass() const override;

  void SetClientData(void * cd);
  void SetCallback(FunctionPointer f);
  void SetConstCallback(ConstFunctionPointer f);

  // Called with the client data when the command is destroyed (e.g. to free a binding's handle).
  void SetClientDataDeleteCallback(DeleteDataFunctionPointer f);

  void Execute(Object * caller, const EventObject & event) override;
  void Execute(const Object * caller, const EventObject & event) override;

protected:
  CStyleCommand();
  ~CStyleCommand() override;

  void * m_ClientData{ nullptr };
  FunctionPointer m_Callback{ nullptr };
  ConstFunctionPointer m_ConstCallback{ nullptr };
  DeleteDataFunctionPointer m_ClientDataDeleteCallback{ nullptr };
};
} // namespace itk

int IntegerMember;

/** The signed-in institution member an operation acts for; every query is scoped by organisationId. */
export interface InstitutionActor {
  id: string;
  role: string;
  organisationId: string;
}

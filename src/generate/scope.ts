/** The real municipal layer the generator builds on, as read from the graph (sorted by id, so runs are reproducible). */
export interface ScopeState {
  id: string;
  key: string;
  name: string;
}

export interface ScopeCounty {
  id: string;
  name: string;
  kind: string;
  stateId: string;
}

export interface ScopeMunicipality {
  id: string;
  name: string;
  population: number;
  countyId: string;
}

export interface Scope {
  states: ScopeState[];
  counties: ScopeCounty[];
  municipalities: ScopeMunicipality[];
}

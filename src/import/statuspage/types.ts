/**
 * The parts of Statuspage's public API v2 responses (`/api/v2/*.json`) that
 * the importer reads. Times are ISO 8601 with the page's own offset.
 */
export interface StatuspagePage {
  id?: string;
  name?: string;
  url?: string;
  time_zone?: string;
}

export interface StatuspageComponent {
  id: string;
  name: string;
  description?: string | null;
  group_id?: string | null;
  /** True for a group of components, which is not itself a component. */
  group?: boolean;
}

export interface StatuspageUpdate {
  id?: string;
  status: string;
  body: string | null;
  created_at: string;
  display_at?: string | null;
  affected_components?: { code?: string; name: string }[] | null;
}

export interface StatuspageIncident {
  id: string;
  name: string;
  status: string;
  impact: string;
  created_at: string;
  updated_at?: string | null;
  started_at?: string | null;
  resolved_at?: string | null;
  /** Set for a scheduled maintenance. */
  scheduled_for?: string | null;
  scheduled_until?: string | null;
  incident_updates: StatuspageUpdate[];
  components?: StatuspageComponent[] | null;
}

/** What one saved response holds, whichever endpoint it came from. */
export interface StatuspageResponse {
  page: StatuspagePage | null;
  incidents: StatuspageIncident[];
  components: StatuspageComponent[];
}

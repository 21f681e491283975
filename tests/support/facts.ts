/** A meeting's facts as the schema would pass them, for unit tests: the 2024 meeting's, with what a test changes. */
import type { MeetingFacts } from '../../src/lib/meetings.ts';

export const meetingFacts = (overrides: Partial<MeetingFacts> = {}): MeetingFacts => ({
  id: '2024-islamabad',
  title: 'A headline',
  titleSource: 'publisher',
  publisher: 'Xinhua',
  publishedOn: '2024-10-17',
  meetingDate: '2024-10-16',
  city: 'Islamabad',
  country: 'Pakistan',
  coordinates: { latitude: 33.68, longitude: 73.05 },
  meeting: { ordinal: 23, name: 'Meeting of the Council' },
  participants: [
    { name: 'Li Qiang', shortName: 'Li', office: 'Premier', country: 'China' },
    { name: 'Mikhail Mishustin', shortName: 'Mishustin', office: 'Prime Minister', country: 'Russia' },
  ],
  ...overrides,
});

/**
 * A survey wave as the policy sees it (`SurveyWave`): its status decides what may still be done to
 * it. `SurveyResult` is a wave's aggregated answers, `SurveyFreeText` its free-text answers.
 */
export interface SurveyWaveSubject {
  __typename: 'SurveyWave' | 'SurveyResult' | 'SurveyFreeText';
  id?: string;
  status: string;
}

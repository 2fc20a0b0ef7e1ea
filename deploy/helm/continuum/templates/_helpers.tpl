{{- define "continuum.fullname" -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "continuum.labels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{- define "continuum.selector" -}}
app.kubernetes.io/name: {{ .root.Chart.Name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "continuum.secretName" -}}
{{- default (printf "%s-secrets" (include "continuum.fullname" .)) .Values.secrets.existingSecret -}}
{{- end -}}

{{- define "continuum.storageClaim" -}}
{{- default (printf "%s-storage" (include "continuum.fullname" .)) .Values.storage.existingClaim -}}
{{- end -}}

{{/* The environment every process shares: the ConfigMap and the Secret. */}}
{{- define "continuum.env" -}}
envFrom:
  - configMapRef:
      name: {{ include "continuum.fullname" . }}-config
  - secretRef:
      name: {{ include "continuum.secretName" . }}
{{- end -}}

# Portolan Windows Firewall rule set: EMM push "mobile" ${rollout} — ✨ عربى
# Generated 2025-01-15T09:30:00.000Z from the design's flow matrix.
# Owner: O'Brien \ Mobile
# Change ticket: =HYPERLINK("http://example.invalid")
# Scope: every flow, firewall-relevant only. This file: all zones, 7 rule(s).
# Each rule names its flow matrix references (R001...), its purpose and the vendor document and section that require it.
# PLACEHOLDER ADDRESSES: 192.0.2.0/24, 198.51.100.0/24 and 203.0.113.0/24 are RFC 5737 documentation ranges that no network routes;
# they stand in for hosts that have no IP in the design. Replace each before loading these rules:
# 192.0.2.1 = EMM server evil 🚀 (emm-01)
# Warnings:
# - Rows left out because these endpoints are known only by their autonomous system and a rule needs prefixes: Firebase / Google Cloud Messaging (AS15169)
#   (R001-R003). Ask the network team for the prefixes the AS announces and give them as the component's IP or CIDR.
# - These addresses have host bits set; the rules use their network: 10.50.0.9/24 -> 10.50.0.0/24.
# - Placeholder addresses (RFC 5737 documentation ranges, never routed) stand in for hosts with no IP: EMM server evil 🚀 (emm-01) = 192.0.2.1. Replace them
#   before loading the rules.
# - Windows Firewall: R004, R005, R007-R009 go to Internet services (Apple Push Notification service, Google Public DNS), where no rule of ours can be installed,
#   so they are not written here: Windows Firewall allows outbound connections unless a policy blocks them.
# These rules only allow: the profile must block inbound connections by default (Windows does unless a policy changed it).
# Check with Get-NetFirewallProfile | Select-Object Name, Enabled, DefaultInboundAction; set it with
# Set-NetFirewallProfile -Profile Domain,Private,Public -Enabled True -DefaultInboundAction Block.
# A remote address of 'Any' means every IPv4 AND every IPv6 address.
# Run on each destination host as Administrator: .\emm-push-mobile-rollout.ps1 -HostName '<host>'
# Remove: Remove-NetFirewallRule -Group '<the group below>'
#Requires -RunAsAdministrator
param(
  [Parameter(Mandatory = $true)]
  [string] $HostName
)
$ErrorActionPreference = 'Stop'
$Group = 'Portolan EMM push "mobile" ${rollout} — ✨ عربى'
$Known = @(
  'emm-01'
)

# Host names compare as the design keys them: Unicode NFC, invisible characters removed, case ignored.
$HostName = ($HostName.Normalize([Text.NormalizationForm]::FormC) -replace '[\p{Cc}\p{Cf}]', '').Trim()
switch -Exact ($HostName) {

  # ---- Host: EMM server evil 🚀 (emm-01) in Server 'farm': 192.0.2.1 (placeholder)
  'emm-01' {
    # PLACEHOLDER IP - R006: Device sync -A FORWARD -j ACCEPT (custom flow, no vendor reference)
    New-NetFirewallRule -Name 'Portolan-emm-push-mobile-rollout-R006' -DisplayName 'Portolan R006 Device sync -A FORWARD -j ACCEPT' -Description 'PLACEHOLDER IP - R006: Device sync -A FORWARD -j ACCEPT (custom flow, no vendor reference)' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '9443' -RemoteAddress '10.60.0.0/16' -Profile Any | Out-Null
    # PLACEHOLDER IP - R010: Relay to EMM `whoami` $(id) (custom flow, no vendor reference)
    New-NetFirewallRule -Name 'Portolan-emm-push-mobile-rollout-R010' -DisplayName 'Portolan R010 Relay to EMM `whoami` $(id)' -Description 'PLACEHOLDER IP - R010: Relay to EMM `whoami` $(id) (custom flow, no vendor reference)' -Group $Group -Direction Inbound -Action Allow -Protocol TCP -LocalPort '8280' -RemoteAddress '10.50.0.0/24' -Profile Any | Out-Null
  }

  default { throw ('No rules for host ' + $HostName + '. Hosts in this script: ' + ($Known -join ', ')) }
}
